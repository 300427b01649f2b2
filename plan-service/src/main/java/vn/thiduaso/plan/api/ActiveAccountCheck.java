package vn.thiduaso.plan.api;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import vn.thiduaso.plan.service.AccountStatus;

/** A still-valid access token of a deactivated user or service account gets 401 here at once. */
@ApplicationScoped
public class ActiveAccountCheck implements SecurityIdentityAugmentor {

    private final AccountStatus accounts;

    public ActiveAccountCheck(AccountStatus accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        UUID subject = parse(jwt.getSubject());
        if (subject == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (accounts.deactivated(subject)) {
                Log.infof("Access token refused: account %s is deactivated", subject);
                throw new AuthenticationFailedException("account deactivated");
            }
            return identity;
        });
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
