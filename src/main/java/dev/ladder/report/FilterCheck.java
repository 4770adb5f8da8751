package dev.ladder.report;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.ladder.framework.Framework;
import dev.ladder.framework.Frameworks;
import dev.ladder.framework.Level;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.Organisation;

/**
 * Refuses a report filter that names a framework, department or level that does not exist, so that a
 * typo ({@code department=planning} for {@code Planning}) is not answered with empty counts that look
 * like good news. A period is not checked: a period without reviews is a real, empty answer.
 */
final class FilterCheck {

    private final Frameworks frameworks;
    private final Organisation organisation;
    private final ReportIndex index;

    FilterCheck(Frameworks frameworks, Organisation organisation, ReportIndex index) {
        this.frameworks = frameworks;
        this.organisation = organisation;
        this.index = index;
    }

    void check(ReportFilter filter) {
        Framework framework = null;
        if (filter.framework() != null) {
            framework = frameworks.find(filter.framework()).orElseThrow(() -> new InvalidFilter("framework",
                    "framework '" + filter.framework() + "' does not exist; known frameworks are "
                            + frameworks.all().stream().map(Framework::id).sorted().toList()));
        }
        if (filter.department() != null) {
            Set<String> departments = departments();
            if (!departments.contains(filter.department())) {
                String hint = departments.stream().filter(d -> d.equalsIgnoreCase(filter.department())).findFirst()
                        .map(d -> " (departments are case-sensitive: did you mean '" + d + "'?)").orElse("");
                throw new InvalidFilter("department", "department '" + filter.department() + "' does not exist"
                        + hint + "; known departments are " + departments);
            }
        }
        if (filter.level() != null) {
            int level = filter.level();
            if (framework != null && framework.level(level).isEmpty()) {
                throw new InvalidFilter("level", "framework '" + framework.id() + "' has no level " + level
                        + "; its levels are " + ranks(framework));
            }
            if (framework == null && frameworks.all().stream().noneMatch(f -> f.level(level).isPresent())) {
                throw new InvalidFilter("level", "no framework has a level " + level + "; the levels are "
                        + frameworks.all().stream().sorted(java.util.Comparator.comparing(Framework::id))
                                .map(f -> f.id() + " " + ranks(f)).collect(Collectors.joining(", ")));
            }
        }
    }

    /** Departments of the organisation register, and of stored reviews (a review may name its own). */
    private Set<String> departments() {
        Set<String> departments = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
        organisation.all().stream().map(Employee::department).filter(d -> d != null && !d.isBlank())
                .forEach(departments::add);
        departments.addAll(index.departments());
        return departments;
    }

    private static List<Integer> ranks(Framework framework) {
        return framework.levels().stream().map(Level::rank).sorted().toList();
    }
}
