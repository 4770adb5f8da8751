package dev.ladder.security;

import java.util.Set;

/** The signed-in person, whichever way they signed in: name, roles and employee id (if they are one). */
public record CurrentUser(String username, Set<Role> roles, String employeeId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
