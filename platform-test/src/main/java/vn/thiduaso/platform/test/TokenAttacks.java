package vn.thiduaso.platform.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The forged and unusable access tokens every service must answer with 401, made once from a valid
 * token description (a role that may call the endpoint, in scope), so that each attack differs from a
 * good token in one point only:
 * {@code TokenAttacks.against(() -> Tokens.role("office").unit(id, path).scope(commune))}.
 */
public final class TokenAttacks {

    /** One attack: what it tries and the token it sends. */
    public record Attack(String name, String token) {
        public String bearer() {
            return "Bearer " + token;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    public static List<Attack> against(Supplier<Tokens> valid) {
        List<Attack> attacks = new ArrayList<>();
        String good = valid.get().mint();
        String[] parts = good.split("\\.");
        String payload = parts[1];

        attacks.add(new Attack("alg=none without signature",
                header("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + Tokens.KEY_ID + "\"}") + "." + payload + "."));
        attacks.add(new Attack("alg=none with the original signature",
                header("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + Tokens.KEY_ID + "\"}") + "." + payload + "." + parts[2]));
        String hs256 = header("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + Tokens.KEY_ID + "\"}") + "." + payload;
        attacks.add(new Attack("HS256 signed with the public key (PEM) as HMAC secret",
                hs256 + "." + hmac(hs256, TestKeys.publicKeyPem().getBytes(StandardCharsets.US_ASCII))));
        attacks.add(new Attack("HS256 signed with the public key (DER) as HMAC secret",
                hs256 + "." + hmac(hs256, TestKeys.pair().getPublic().getEncoded())));
        attacks.add(new Attack("signed with another RSA key", valid.get().signWith(OtherKey.PAIR)));
        attacks.add(new Attack("wrong issuer", valid.get().issuer("https://ke-gia-mao.example").mint()));
        attacks.add(new Attack("wrong audience", valid.get().audience("another-api").mint()));
        attacks.add(new Attack("expired", valid.get().lifetime(Duration.ofMinutes(-10)).mint()));
        attacks.add(new Attack("not valid yet (nbf in 10 minutes)", valid.get().notBeforeIn(Duration.ofMinutes(10)).mint()));
        attacks.add(new Attack("issued in the future (iat in 10 minutes)", valid.get().issuedIn(Duration.ofMinutes(10)).mint()));
        attacks.add(new Attack("unknown kid", valid.get().keyId("thiduaso-0").mint()));
        attacks.add(new Attack("no kid", valid.get().keyId(null).mint()));
        attacks.add(new Attack("payload edited after signing (admin role, whole tree, other name, a day longer)",
                parts[0] + "." + edited(payload) + "." + parts[2]));
        attacks.add(new Attack("not a JWT", "khong-phai-ma-truy-cap"));
        return attacks;
    }

    private static String header(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmac(String signingInput, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String edited(String payload) {
        try {
            ObjectNode claims = (ObjectNode) JSON.readTree(B64D.decode(payload));
            claims.putArray("groups").add("admin");
            claims.put("scopePath", "/");
            claims.put("unitPath", "/");
            claims.put("upn", "ke-gia-mao");
            claims.put("exp", claims.path("exp").asLong() + 86_400);
            String edited = B64.encodeToString(JSON.writeValueAsBytes(claims));
            if (edited.equals(payload)) {
                throw new IllegalStateException("the edited payload must differ from the signed one");
            }
            return edited;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair nobody trusts. */
    private static final class OtherKey {
        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TokenAttacks() {
    }
}
