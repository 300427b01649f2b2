package vn.thiduaso.platform.ratelimit;

import java.util.OptionalLong;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import vn.thiduaso.platform.problem.Problems;
import vn.thiduaso.platform.security.Claims;

/**
 * Requests carrying a valid token count against the caller's commune ({@link Claims#COMMUNE_PATH}, else
 * the scope): past the commune's bucket the answer is 429 problem+json with {@code Retry-After} in
 * seconds, and other communes go on untouched. Only a verified token is counted, so nobody can spend
 * another commune's budget with a forged claim; requests without a valid token meet their 401 as before.
 */
public class CommuneRateLimitFilter {

    /** A flood logs one line per commune and minute, not one per refused request. */
    private static final long LOG_EVERY_MILLIS = 60_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Long> lastLogged = new java.util.concurrent.ConcurrentHashMap<>();
    private final CurrentIdentityAssociation identities;
    private final CommuneRateLimiter limiter;

    public CommuneRateLimitFilter(CurrentIdentityAssociation identities, CommuneRateLimiter limiter) {
        this.identities = identities;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!limiter.limits().enabled() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onItemOrFailure().transform((identity, failure) -> {
            String commune = failure == null ? communeOf(identity) : null;
            if (commune == null) {
                return null;
            }
            OptionalLong wait = limiter.tryAcquire(commune);
            if (wait.isEmpty()) {
                return null;
            }
            long now = System.currentTimeMillis();
            Long last = lastLogged.get(commune);
            if (last == null || now - last > LOG_EVERY_MILLIS) {
                if (lastLogged.size() > 10_000) {
                    lastLogged.clear();
                }
                lastLogged.put(commune, now);
                Log.infof("Rate limit reached by commune %s: 429 for %d s (logged once a minute)", commune, wait.getAsLong());
            }
            return Problems.tooManyRequests("Xã/phường của bạn đang gửi quá nhiều yêu cầu; hãy thử lại sau "
                    + wait.getAsLong() + " giây", request.getUriInfo().getRequestUri().getRawPath(), wait.getAsLong());
        });
    }

    private static String communeOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String commune = jwt.getClaim(Claims.COMMUNE_PATH);
        if (commune == null) {
            commune = jwt.getClaim(Claims.SCOPE_PATH);
        }
        return commune != null ? commune : "subject:" + jwt.getSubject();
    }
}
