package vn.thiduaso.platform.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/**
 * Issue 8 item 10: a client never sets a server-owned field. A service's table gives, per write
 * operation of its OpenAPI document (POST/PUT/PATCH with a JSON body), a valid body, how to send it
 * and how to read back what was stored; {@link #tests(OpenApiContract)} adds {@link #HOSTILE} fields
 * (and the service's own {@link #serverOwned(String, Object)} ones) with distinctive values and
 * expects either a 400 naming one of them, or a 2xx whose response and stored row carry none of the
 * values. A hostile name that the operation's request schema declares must be accepted explicitly
 * ({@link #accepts(String, String...)}, e.g. the optimistic-lock {@code version} of an update), so a
 * request record that starts taking {@code status} or {@code issuedBy} fails the test.
 */
public final class MassAssignment {

    /** The fields of issue 8 with values that appear nowhere else. */
    public static final Map<String, Object> HOSTILE;

    static {
        Map<String, Object> hostile = new LinkedHashMap<>();
        hostile.put("id", "0badc0de-0000-4000-8000-00000000a001");
        hostile.put("status", "HOSTILE_STATUS");
        hostile.put("number", "999/KH-HOSTILE");
        hostile.put("issuedBy", "0badc0de-0000-4000-8000-00000000a002");
        hostile.put("unitId", "0badc0de-0000-4000-8000-00000000a003");
        hostile.put("version", 987654321);
        hostile.put("approvedBy", "0badc0de-0000-4000-8000-00000000a004");
        hostile.put("role", "hostile-admin-role");
        HOSTILE = java.util.Collections.unmodifiableMap(hostile);
    }

    /**
     * One write: the valid body, how to send a body, and what was stored afterwards as text (a row as
     * JSON, {@code row_to_json}, or a GET of the resource) — never empty.
     */
    public record Write(Map<String, Object> body, Function<Map<String, Object>, Response> send,
            Function<Response, String> stored) {
    }

    private final Map<String, List<Supplier<Write>>> rows = new TreeMap<>();
    private final Map<String, Set<String>> accepted = new TreeMap<>();
    private final Map<String, Set<String>> ignored = new TreeMap<>();
    private final Map<String, Object> serverOwned = new LinkedHashMap<>();

    /** A row for {@code "METHOD /path/{template}"}; called once per dynamic test, so it may create what it needs. */
    public MassAssignment add(String operation, Supplier<Write> write) {
        rows.computeIfAbsent(operation, o -> new ArrayList<>()).add(write);
        return this;
    }

    /** Hostile names the operation legitimately takes (declared in its request schema): they are not added. */
    public MassAssignment accepts(String operation, String... fields) {
        accepted.computeIfAbsent(operation, o -> new TreeSet<>()).addAll(List.of(fields));
        return this;
    }

    /**
     * Hostile names the operation's request schema declares but the server must not take from the
     * client (a create that shares its schema with the update and ignores {@code version}): they are
     * sent anyway, and must not be stored.
     */
    public MassAssignment ignores(String operation, String... fields) {
        ignored.computeIfAbsent(operation, o -> new TreeSet<>()).addAll(List.of(fields));
        return this;
    }

    /** One more server-owned field of this service's resources (createdAt, submittedBy…) with a distinctive value. */
    public MassAssignment serverOwned(String field, Object distinctiveValue) {
        serverOwned.put(field, distinctiveValue);
        return this;
    }

    /** A body as a mutable map (rows usually start from a fixture's body). */
    public static Map<String, Object> body(Map<String, ?> valid) {
        return new LinkedHashMap<>(valid);
    }

    public Set<String> operations() {
        Set<String> all = new TreeSet<>(rows.keySet());
        return all;
    }

    /** The write operations of the document: POST, PUT and PATCH with a JSON request body. */
    public static Set<String> writeOperations(OpenApiContract contract) {
        return HostileInput.targets(contract).stream().map(HostileInput.Target::operation)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One dynamic test per row. */
    public Stream<DynamicTest> tests(OpenApiContract contract) {
        List<DynamicTest> tests = new ArrayList<>();
        rows.forEach((operation, writes) -> {
            for (int i = 0; i < writes.size(); i++) {
                Supplier<Write> write = writes.get(i);
                tests.add(DynamicTest.dynamicTest(operation + " #" + (i + 1), () -> check(contract, operation, write.get())));
            }
        });
        return tests.stream();
    }

    private void check(OpenApiContract contract, String operation, Write write) {
        Set<String> declared = declaredProperties(contract, operation);
        Set<String> accepts = accepted.getOrDefault(operation, Set.of());
        Set<String> ignores = ignored.getOrDefault(operation, Set.of());
        Map<String, Object> hostile = new LinkedHashMap<>(HOSTILE);
        hostile.putAll(serverOwned);
        List<String> undeclaredAcceptance = new ArrayList<>();
        for (String name : List.copyOf(hostile.keySet())) {
            if (ignores.contains(name)) {
                continue;
            }
            if (declared.contains(name) && !accepts.contains(name)) {
                undeclaredAcceptance.add(name);
            }
            if (declared.contains(name) || accepts.contains(name)) {
                hostile.remove(name);
            }
        }
        if (!undeclaredAcceptance.isEmpty()) {
            throw new AssertionError(operation + ": the request schema takes the server-owned field(s) " + undeclaredAcceptance
                    + "; if a client may really set them, say so with accepts(…)");
        }
        Map<String, Object> body = new LinkedHashMap<>(write.body());
        hostile.forEach((name, value) -> {
            if (ignores.contains(name)) {
                body.put(name, value);
            } else {
                body.putIfAbsent(name, value);
            }
        });
        Response response = write.send().apply(body);
        int status = response.statusCode();
        String answer = response.asString();
        if (status == 400) {
            List<String> fields = response.jsonPath().getList("errors.field", String.class);
            if (fields != null && fields.stream().anyMatch(hostile::containsKey)) {
                return;
            }
            throw new AssertionError(operation + ": 400 without naming a hostile field: " + answer);
        }
        if (status < 200 || status > 299) {
            throw new AssertionError(operation + ": the valid body with hostile fields got " + status + ": " + answer);
        }
        String stored = write.stored().apply(response);
        if (stored == null || stored.isBlank()) {
            throw new AssertionError(operation + ": nothing was read back (the row's read-back is empty)");
        }
        List<String> leaked = new ArrayList<>();
        hostile.forEach((name, value) -> {
            String text = String.valueOf(value);
            if (stored.contains(text)) {
                leaked.add(name + " (stored)");
            }
            if (answer.contains(text)) {
                leaked.add(name + " (answered)");
            }
        });
        if (!leaked.isEmpty()) {
            throw new AssertionError(operation + ": the hostile value of " + leaked + " came through:\nstored: " + abbreviate(stored)
                    + "\nanswer: " + abbreviate(answer));
        }
    }

    /** The top-level properties of the operation's JSON request schema (with $ref and allOf followed). */
    static Set<String> declaredProperties(OpenApiContract contract, String operation) {
        String[] parts = operation.split(" ", 2);
        JsonNode document = contract.document();
        JsonNode schema = document.path("paths").path(parts[1]).path(parts[0].toLowerCase(java.util.Locale.ROOT))
                .path("requestBody").path("content").path("application/json").path("schema");
        Set<String> names = new TreeSet<>();
        collect(document, schema, names, 0);
        return names;
    }

    private static void collect(JsonNode document, JsonNode schema, Set<String> names, int depth) {
        if (depth > 16 || schema == null || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            JsonNode node = document;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                node = node.path(part);
            }
            collect(document, node, names, depth + 1);
        }
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(keyword).forEach(part -> collect(document, part, names, depth + 1));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 800 ? text.substring(0, 800) + "…" : text;
    }
}
