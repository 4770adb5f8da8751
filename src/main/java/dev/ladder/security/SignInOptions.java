package dev.ladder.security;

import java.util.List;

/**
 * How people sign in to the pages, for the sign-in page to say so.
 *
 * @param form      whether the user-name-and-password form is offered (local accounts)
 * @param demoHint  for the demo accounts: who they are and where the password is; null when off
 * @param providers identity providers to sign in with (OIDC login), each with its sign-in address
 * @param problem   why nobody can sign in to the pages as configured, or null
 */
public record SignInOptions(boolean form, String demoHint, List<Provider> providers, String problem) {

    public SignInOptions {
        providers = List.copyOf(providers);
    }

    /** An identity provider: its name as shown and the address that starts its sign-in. */
    public record Provider(String name, String href) {
    }
}
