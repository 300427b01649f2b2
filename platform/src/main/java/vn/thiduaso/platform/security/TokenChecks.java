package vn.thiduaso.platform.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import vn.thiduaso.platform.config.PlatformConfig;

/**
 * What smallrye-jwt leaves unchecked on a token whose signature, issuer, audience, expiry and
 * {@code nbf} it has already verified: the {@code kid} header must name our key (smallrye-jwt refuses
 * another kid but lets a token without one through), and {@code iat} must not lie in the future beyond
 * the clock skew (a token minted for later use). A refusal is a 401 like any bad token; the log names
 * the reason and the subject, never the token.
 */
@ApplicationScoped
public class TokenChecks implements SecurityIdentityAugmentor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformConfig config;

    public TokenChecks(PlatformConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String refusal = refusal(jwt, Instant.now());
        if (refusal != null) {
            Log.infof("Access token refused: %s (subject %s)", refusal, jwt.getSubject());
            return Uni.createFrom().failure(new AuthenticationFailedException(refusal));
        }
        return Uni.createFrom().item(identity);
    }

    /** Why the token must be refused, or null. */
    String refusal(JsonWebToken jwt, Instant now) {
        String kid = keyId(jwt.getRawToken());
        if (kid == null) {
            return "no kid header";
        }
        if (!kid.equals(config.jwt().keyId())) {
            return "unknown kid";
        }
        long issuedAt = jwt.getIssuedAtTime();
        if (issuedAt <= 0) {
            return "no iat claim";
        }
        if (issuedAt > now.plus(config.jwt().clockSkew()).getEpochSecond()) {
            return "issued in the future";
        }
        return null;
    }

    private static String keyId(String rawToken) {
        if (rawToken == null) {
            return null;
        }
        int dot = rawToken.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(rawToken.substring(0, dot)));
            JsonNode kid = header == null ? null : header.get("kid");
            return kid != null && kid.isTextual() ? kid.asText() : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
