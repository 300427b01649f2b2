package vn.thiduaso.platform.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Runs every {@link TokenAttacks} attack against a service's endpoints: each answers 401
 * problem+json with {@code WWW-Authenticate: Bearer}, the body and the log never contain the token,
 * and the rows an endpoint writes stay as they were. Then the valid token is sent once to each
 * endpoint and must succeed (and a write must add its rows): the positive signal that the endpoint
 * and the row count were right, so the refusals were the attacks' doing.
 */
public final class TokenAttackSuite {

    /**
     * An endpoint to attack. {@code rows} counts what a write changes (null for a read);
     * {@code body} is JSON (null for none); {@code success} the status the valid token gets.
     */
    public record Endpoint(String method, String path, String body, int success, LongSupplier rows) {
        public static Endpoint read(String path) {
            return new Endpoint("GET", path, null, 200, null);
        }

        public static Endpoint write(String method, String path, String body, int success, LongSupplier rows) {
            return new Endpoint(method, path, body, success, rows);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every attack × every endpoint; returns the number of refused requests. */
    public static int assertAllRefused(Supplier<Tokens> valid, Endpoint... endpoints) {
        List<TokenAttacks.Attack> attacks = TokenAttacks.against(valid);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        try (LogCapture logs = LogCapture.start()) {
            for (Endpoint endpoint : endpoints) {
                long before = endpoint.rows() == null ? 0 : endpoint.rows().getAsLong();
                for (TokenAttacks.Attack attack : attacks) {
                    Response r = send(endpoint, attack.bearer());
                    String where = attack.name() + " → " + endpoint;
                    if (endpoint.rows() != null && endpoint.rows().getAsLong() != before) {
                        failures.add(where + ": rows changed (status " + r.statusCode() + ")");
                        before = endpoint.rows().getAsLong();
                    }
                    if (r.statusCode() != 401) {
                        failures.add(where + ": status " + r.statusCode() + " " + r.asString());
                        continue;
                    }
                    if (!String.valueOf(r.contentType()).startsWith("application/problem+json")) {
                        failures.add(where + ": content type " + r.contentType());
                    }
                    if (!"Bearer".equals(r.header("WWW-Authenticate"))) {
                        failures.add(where + ": WWW-Authenticate " + r.header("WWW-Authenticate"));
                    }
                    if (r.asString().contains(attack.token()) || r.asString().contains(signature(attack.token()))) {
                        failures.add(where + ": the body echoes the token");
                    }
                    refused++;
                }
                // positive control: the same endpoint with the valid token works, and a write adds rows
                Response ok = send(endpoint, valid.get().bearer());
                if (ok.statusCode() != endpoint.success()) {
                    failures.add("the valid token must succeed on " + endpoint + ": " + ok.statusCode() + " " + ok.asString());
                } else if (endpoint.rows() != null && endpoint.rows().getAsLong() <= before) {
                    failures.add("the valid write to " + endpoint + " adds rows");
                }
            }
            for (String line : logs.lines()) {
                for (TokenAttacks.Attack attack : attacks) {
                    if (line.contains(attack.token()) || (attack.token().contains(".") && line.contains(signature(attack.token())))) {
                        failures.add("the log holds the token of '" + attack.name() + "': " + line);
                    }
                }
            }
            logs.lines().stream().filter(l -> l.contains("eyJ")).forEach(l -> failures.add("a JWT in the log: " + l));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        return refused;
    }

    private static String signature(String token) {
        int dot = token.lastIndexOf('.');
        String sig = dot >= 0 ? token.substring(dot + 1) : token;
        return sig.isEmpty() ? token : sig;
    }

    private static Response send(Endpoint endpoint, String authorization) {
        RequestSpecification request = given().header("Authorization", authorization);
        if (endpoint.body() != null) {
            request.contentType("application/json").body(endpoint.body());
        }
        return request.when().request(endpoint.method(), endpoint.path()).andReturn();
    }

    private TokenAttackSuite() {
    }
}
