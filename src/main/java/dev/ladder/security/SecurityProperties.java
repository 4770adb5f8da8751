package dev.ladder.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in and how ({@code ladder.security.*}; documented in the README).
 *
 * @param mode               {@code local} (HTTP Basic against local accounts) or {@code oidc} (bearer tokens)
 * @param accountsFile       local accounts: CSV {@code username,password-hash,roles,employee-id}, hashes as
 *                           {@code {bcrypt}…}; a missing file means no file accounts
 * @param demoAccounts       whether the demo accounts exist (admin, lnd, analyst, and everyone in the
 *                           register by employee id); unset means "when {@code ladder.demo.enabled}"
 * @param lndSeesIndividuals whether L&D may read individuals' reviews and assessments
 * @param rolesClaim         oidc: the token claim holding role names (EMPLOYEE, MANAGER, …)
 * @param employeeClaim      oidc: the token claim holding the person's employee id
 */
@ConfigurationProperties("ladder.security")
public record SecurityProperties(
        @DefaultValue("local") String mode,
        @DefaultValue("./config/accounts.csv") Path accountsFile,
        Boolean demoAccounts,
        @DefaultValue("false") boolean lndSeesIndividuals,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("employee_id") String employeeClaim) {
}
