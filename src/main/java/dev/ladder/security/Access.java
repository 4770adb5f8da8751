package dev.ladder.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;

/**
 * Who may see or change whose data. Role-wide rules (reports for L&D, rules for analysts, imports for
 * administrators) are in {@link SecurityConfiguration}; the per-person rules are here.
 */
@Component
public class Access {

    private final CurrentUsers users;
    private final Organisation organisation;
    private final SecurityProperties properties;

    Access(CurrentUsers users, Organisation organisation, SecurityProperties properties) {
        this.users = users;
        this.organisation = organisation;
        this.properties = properties;
    }

    /** Administrators everyone; L&D everyone if configured; a person themself; a manager their direct reports. */
    public boolean canRead(String employeeId) {
        CurrentUser user = users.current();
        return user.has(Role.ADMIN)
                || (user.has(Role.LND) && properties.lndSeesIndividuals())
                || employeeId.equals(user.employeeId())
                || isManagerOf(user, employeeId);
    }

    public void requireRead(String employeeId) {
        if (!canRead(employeeId)) {
            throw new AccessDeniedException(users.current().username() + " may not see the records of employee '"
                    + employeeId + "'");
        }
    }

    /** Reviews are submitted by the person's line manager, or by an administrator. */
    public void requireSubmit(String employeeId) {
        CurrentUser user = users.current();
        if (!user.has(Role.ADMIN) && !isManagerOf(user, employeeId)) {
            throw new AccessDeniedException(user.username() + " may not submit a review of employee '" + employeeId
                    + "': only their line manager or an administrator may");
        }
    }

    /**
     * Trying a review without storing it: analysts, L&D and administrators for anyone (they test rules
     * and plan learning); a manager for their direct reports; a person for themself.
     */
    public void requireTryOut(String employeeId) {
        CurrentUser user = users.current();
        if (user.has(Role.ADMIN) || user.has(Role.ANALYST) || user.has(Role.LND)
                || employeeId.equals(user.employeeId()) || isManagerOf(user, employeeId)) {
            return;
        }
        throw new AccessDeniedException(user.username() + " may not assess a review of employee '" + employeeId + "'");
    }

    /** The people among {@code employees} the current user may see. */
    public List<Employee> visible(Collection<Employee> employees) {
        return employees.stream().filter(e -> canRead(e.id())).toList();
    }

    private boolean isManagerOf(CurrentUser user, String employeeId) {
        return user.has(Role.MANAGER) && user.employeeId() != null
                && organisation.find(employeeId).map(e -> user.employeeId().equals(e.managerId())).orElse(false);
    }
}
