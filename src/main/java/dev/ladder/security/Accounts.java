package dev.ladder.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import dev.ladder.organisation.Csv;
import dev.ladder.organisation.Employee;
import dev.ladder.organisation.InvalidCsv;
import dev.ladder.organisation.Organisation;

/**
 * Local accounts, for HTTP Basic: those of the accounts file, and, when demo accounts are on,
 * {@code admin}, {@code lnd} and {@code analyst} plus everyone in the organisation register by their
 * employee id (EMPLOYEE, and MANAGER when they have direct reports), all with the demo password.
 */
final class Accounts implements UserDetailsService {

    private final Map<String, LadderUser> fileAccounts;
    private final Organisation organisation;
    private final String demoHash;

    /** @param demoHash the demo password's hash, or null when demo accounts are off */
    Accounts(SecurityProperties properties, Organisation organisation, String demoHash) {
        this.fileAccounts = readFile(properties);
        this.organisation = organisation;
        this.demoHash = demoHash;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    /** Whether the demo accounts are on. */
    boolean demoAccounts() {
        return demoHash != null;
    }

    Optional<LadderUser> find(String username) {
        LadderUser account = fileAccounts.get(username);
        if (account != null) {
            return Optional.of(account);
        }
        if (demoHash == null) {
            return Optional.empty();
        }
        switch (username) {
            case "admin" -> {
                return Optional.of(new LadderUser("admin", demoHash, Set.of(Role.ADMIN), null));
            }
            case "lnd" -> {
                return Optional.of(new LadderUser("lnd", demoHash, Set.of(Role.LND), null));
            }
            case "analyst" -> {
                return Optional.of(new LadderUser("analyst", demoHash, Set.of(Role.ANALYST), null));
            }
            default -> {
                return organisation.find(username).map(this::person);
            }
        }
    }

    private LadderUser person(Employee employee) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if (!organisation.directReports(employee.id()).isEmpty()) {
            roles.add(Role.MANAGER);
        }
        return new LadderUser(employee.id(), demoHash, roles, employee.id());
    }

    /** {@code username,password-hash,roles,employee-id}; roles separated by {@code ;}. */
    private static Map<String, LadderUser> readFile(SecurityProperties properties) {
        Map<String, LadderUser> accounts = new HashMap<>();
        if (!Files.isRegularFile(properties.accountsFile())) {
            return accounts;
        }
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(Files.readString(properties.accountsFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ladder.security.accounts-file " + properties.accountsFile(), e);
        } catch (InvalidCsv e) {
            throw new IllegalStateException("ladder.security.accounts-file " + properties.accountsFile() + ": "
                    + e.problems().get(0).describe(), e);
        }
        for (Csv.Row row : rows) {
            if (row.cell(0).equals("username") || row.cell(0).startsWith("#")) {
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            try {
                Arrays.stream(row.cell(2).split(";")).map(String::strip).filter(r -> !r.isEmpty())
                        .forEach(r -> roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(properties.accountsFile() + " line " + row.line()
                        + ": roles must be among " + Arrays.toString(Role.values()) + ", found '" + row.cell(2) + "'");
            }
            if (row.cell(0).isEmpty() || row.cell(1).isEmpty() || roles.isEmpty()) {
                throw new IllegalStateException(properties.accountsFile() + " line " + row.line()
                        + ": expected username,password-hash,roles,employee-id");
            }
            accounts.put(row.cell(0), new LadderUser(row.cell(0), row.cell(1), roles,
                    row.cell(3).isEmpty() ? null : row.cell(3)));
        }
        return accounts;
    }
}
