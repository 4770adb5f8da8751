package dev.ladder.security;

/**
 * What a signed-in person may do.
 * <ul>
 * <li>EMPLOYEE: their own reviews and assessments;</li>
 * <li>MANAGER: also their direct reports' (read, submit reviews);</li>
 * <li>LND: organisation-wide reports; individuals only when {@code ladder.security.lnd-sees-individuals};</li>
 * <li>ANALYST: rule status, reloading rules and ontology;</li>
 * <li>ADMIN: everything, including imports, erasure and the audit trail.</li>
 * </ul>
 */
public enum Role {
    EMPLOYEE, MANAGER, LND, ANALYST, ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
