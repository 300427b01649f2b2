package vn.thiduaso.plan.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.plan.repository.ServiceAccountRepository;
import vn.thiduaso.plan.repository.UserRepository;

/**
 * Whether the account behind a token has been deactivated since the token was issued. plan-service owns
 * the accounts, so it refuses such a token at once; the other services accept it until it expires
 * (at most {@code thiduaso.identity.token-lifetime}, 15 minutes), since no refresh is granted to it.
 */
@ApplicationScoped
public class AccountStatus {

    private final UserRepository users;
    private final ServiceAccountRepository serviceAccounts;

    public AccountStatus(UserRepository users, ServiceAccountRepository serviceAccounts) {
        this.users = users;
        this.serviceAccounts = serviceAccounts;
    }

    /** True only for an account that exists and is inactive (an unknown subject is left to the use case). */
    @Transactional
    public boolean deactivated(UUID subject) {
        return users.count("id = ?1 and active = false", subject) > 0
                || serviceAccounts.count("id = ?1 and active = false", subject) > 0;
    }
}
