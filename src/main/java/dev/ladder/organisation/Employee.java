package dev.ladder.organisation;

/**
 * One person in the organisation register, as the HR export gives them.
 *
 * @param managerId id of their line manager, or null for the top of the organisation
 * @param framework id of the competency framework that applies to them
 * @param level     rank of their level in that framework
 */
public record Employee(String id, String name, String department, String managerId, String framework, int level) {
}
