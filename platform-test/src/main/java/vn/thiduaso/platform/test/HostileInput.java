package vn.thiduaso.platform.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * The oversized and malformed bodies of issue 8 item 11, sent to every write operation (POST, PUT,
 * PATCH with a JSON body) of a service's own OpenAPI document, with raw bytes (java.net.http, so that
 * a chunked body, a wrong charset or a broken document go over the wire exactly as written). Each
 * attack must be answered with the stated status as problem+json, never a 5xx, never a stack trace;
 * the heavy ones also quickly and with the heap of the test JVM (the service runs in it) growing by
 * less than {@link #MAX_HEAP_GROWTH_BYTES} once collected.
 */
public final class HostileInput {

    public static final long MAX_HEAP_GROWTH_BYTES = 50L * 1024 * 1024;
    /**
     * Just over ten mebibytes: above every JSON limit, and above the Vert.x hard cap of the services
     * without uploads (10M), whose own check answers a bare 413: ours must come first.
     */
    public static final int OVERSIZED_BYTES = 10 * 1024 * 1024 + 1;
    private static final Duration QUICK = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat |at [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(|Exception:|\\.java:\\d+");
    private static final Set<String> WRITES = Set.of("post", "put", "patch");

    /** One write operation, its path with the parameters filled, and a plain string property of its body (or null). */
    public record Target(String method, String template, String path, String stringField) {

        public String operation() {
            return method + " " + template;
        }
    }

    /** What one request got back. */
    public record Answer(int status, String contentType, String body, Duration took) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String bearer;
    private final List<Target> targets;
    private final List<String> figures = new ArrayList<>();

    private HostileInput(String bearer, List<Target> targets) {
        this.bearer = bearer;
        this.targets = targets;
    }

    /** Every write operation of the document, with a token allowed to reach their body readers. */
    public static HostileInput of(OpenApiContract contract, String bearer) {
        return new HostileInput(bearer, targets(contract));
    }

    public List<Target> targets() {
        return targets;
    }

    /** The figures measured so far, one line each ("… heap +1.2 MiB"). */
    public List<String> figures() {
        return figures;
    }

    /** The write operations with a JSON request body; path parameters get a random UUID (or a year, or "x"). */
    static List<Target> targets(OpenApiContract contract) {
        JsonNode document = contract.document();
        List<Target> targets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!WRITES.contains(op.getKey())) {
                    continue;
                }
                JsonNode media = op.getValue().path("requestBody").path("content").path("application/json");
                if (media.isMissingNode()) {
                    continue;
                }
                String filled = fill(path.getKey(), op.getValue(), path.getValue());
                String field = stringProperty(document, media.path("schema"));
                targets.add(new Target(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), filled, field));
            }
        }
        return targets;
    }

    private static String fill(String template, JsonNode operation, JsonNode pathItem) {
        String path = template;
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        pathItem.path("parameters").forEach(parameters::add);
        for (JsonNode p : parameters) {
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            JsonNode schema = p.path("schema");
            String type = schema.path("type").asText("string");
            String format = schema.path("format").asText("");
            String value = "integer".equals(type) ? "2027"
                    : "string".equals(type) && !"uuid".equals(format) ? "hostile" : UUID.randomUUID().toString();
            path = path.replace("{" + p.path("name").asText() + "}", value);
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** A top-level property of plain string type (no format, no enum) of the body schema, or null. */
    static String stringProperty(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        List<JsonNode> parts = new ArrayList<>();
        parts.add(resolved);
        resolved.path("allOf").forEach(p -> parts.add(resolve(document, p)));
        Set<String> names = new TreeSet<>();
        for (JsonNode part : parts) {
            part.path("properties").fields().forEachRemaining(f -> {
                JsonNode property = resolve(document, f.getValue());
                JsonNode type = property.path("type");
                boolean string = "string".equals(type.asText()) || (type.isArray() && type.toString().contains("\"string\""));
                if (string && !property.has("format") && !property.has("enum") && !f.getValue().has("$ref")) {
                    names.add(f.getKey());
                }
            });
        }
        return names.isEmpty() ? null : names.iterator().next();
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 16) {
            JsonNode node = document;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                node = node.path(part);
            }
            schema = node;
        }
        return schema;
    }

    // ---- the attacks: each returns the failures it found, empty when every target answered as required

    /** 10 MiB with its Content-Length: 413 problem+json at once. */
    public List<String> oversizedWithLength() {
        byte[] body = padded(OVERSIZED_BYTES);
        return measured("10 MiB with Content-Length", t -> send(t, "application/json", HttpRequest.BodyPublishers.ofByteArray(body)),
                a -> expect(a, 413, null));
    }

    /** 10 MiB chunked, no Content-Length: 413 problem+json with a body too, not a bare status. */
    public List<String> oversizedChunked() {
        byte[] body = padded(OVERSIZED_BYTES);
        return measured("10 MiB chunked", t -> send(t, "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))), a -> expect(a, 413, null));
    }

    /** Arrays nested 100 000 deep: 400 while parsing. */
    public List<String> deeplyNested() {
        String body = "{\"hostile\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        return measured("nested 100 000 deep", t -> send(t, body), a -> expect(a, 400, "vượt giới hạn"));
    }

    /** A string of a million characters in a string property (or an unknown one): 400 while parsing. */
    public List<String> megabyteString() {
        String big = "a".repeat(1_000_000);
        return measured("1 MB string", t -> send(t, "{\"" + t.stringField() + "\":\"" + big + "\"}"),
                a -> expect(a, 400, "vượt giới hạn"), t -> t.stringField() != null);
    }

    /** An array of 100 000 elements: 400 while parsing (the token bound). */
    public List<String> hugeArray() {
        String body = "{\"hostile\":[" + "1,".repeat(99_999) + "1]}";
        return measured("100 000-element array", t -> send(t, body), a -> expect(a, 400, "vượt giới hạn"));
    }

    /** A broken document: 400 saying where (line and column), without echoing what was sent. */
    public List<String> malformed() {
        String secret = "bi-mat-" + UUID.randomUUID();
        String body = "{\n  \"hostile\": \"" + secret + "\",\n  \"x\": }";
        return each(t -> send(t, body), a -> {
            String failure = expect(a, 400, "(dòng 3, cột");
            if (failure == null && a.body().contains(secret)) {
                return "the problem echoes the input: " + a.body();
            }
            return failure;
        });
    }

    /** A second document after the first: 400. */
    public List<String> trailingGarbage() {
        return each(t -> send(t, "{} {\"hostile\":1}"), a -> expect(a, 400, "dữ liệu thừa"));
    }

    /** JSON declared as text/plain: 415. */
    public List<String> wrongContentType() {
        return each(t -> send(t, "text/plain", HttpRequest.BodyPublishers.ofString("{}")), a -> expect(a, 415, null));
    }

    /** Bytes that are not UTF-8 (a lone lead byte, an overlong form): 400. */
    public List<String> invalidUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"host".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.writeBytes("ile\":\"".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xC0);
        bytes.write(0xAF);
        bytes.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        byte[] body = bytes.toByteArray();
        return each(t -> send(t, "application/json", HttpRequest.BodyPublishers.ofByteArray(body)), a -> expect(a, 400, null));
    }

    /** A NUL character in a string property: 400 naming the property (PostgreSQL cannot store it). */
    public List<String> nulCharacter() {
        List<String> failures = new ArrayList<>();
        for (Target t : targets) {
            if (t.stringField() == null) {
                continue;
            }
            Answer a = send(t, "{\"" + t.stringField() + "\":\"Thi đua\\u0000\"}");
            String failure = expect(a, 400, "NUL");
            if (failure == null && !a.body().contains("\"field\":\"" + t.stringField() + "\"")) {
                failure = "the problem does not name " + t.stringField() + ": " + a.body();
            }
            if (failure != null) {
                failures.add(t.operation() + ": " + failure);
            }
        }
        return failures;
    }

    // ---- mechanics

    private List<String> each(Function<Target, Answer> attack, Function<Answer, String> check) {
        List<String> failures = new ArrayList<>();
        for (Target t : targets) {
            String failure = check.apply(attack.apply(t));
            if (failure != null) {
                failures.add(t.operation() + ": " + failure);
            }
        }
        return failures;
    }

    private List<String> measured(String name, Function<Target, Answer> attack, Function<Answer, String> check) {
        return measured(name, attack, check, t -> true);
    }

    /** The attack on every target between two collections: the heap may not grow by 50 MiB, no answer may be slow. */
    private List<String> measured(String name, Function<Target, Answer> attack, Function<Answer, String> check,
            java.util.function.Predicate<Target> applies) {
        List<String> failures = new ArrayList<>();
        long before = usedHeapAfterGc();
        Duration slowest = Duration.ZERO;
        int sent = 0;
        for (Target t : targets) {
            if (!applies.test(t)) {
                continue;
            }
            Answer a = attack.apply(t);
            sent++;
            slowest = a.took().compareTo(slowest) > 0 ? a.took() : slowest;
            String failure = check.apply(a);
            if (failure == null && a.took().compareTo(QUICK) > 0) {
                failure = "answered after " + a.took().toMillis() + " ms";
            }
            if (failure != null) {
                failures.add(t.operation() + ": " + failure);
            }
        }
        long growth = usedHeapAfterGc() - before;
        String figure = String.format(Locale.ROOT, "%s: %d requests, slowest %d ms, heap growth %.1f MiB", name, sent,
                slowest.toMillis(), growth / 1024.0 / 1024.0);
        figures.add(figure);
        System.out.println("[hostile-input] " + figure);
        if (growth >= MAX_HEAP_GROWTH_BYTES) {
            failures.add(name + ": the heap grew by " + growth / 1024 / 1024 + " MiB (limit 50)");
        }
        return failures;
    }

    /** Used heap after a full collection (the services under test run in this JVM). */
    public static long usedHeapAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Null when the answer is the status as problem+json without a stack trace (and the detail or errors hold {@code mentions}). */
    static String expect(Answer a, int status, String mentions) {
        if (a.status() != status) {
            return "status " + a.status() + " instead of " + status + ": " + abbreviate(a.body());
        }
        if (a.contentType() == null || !a.contentType().startsWith("application/problem+json")) {
            return "content type " + a.contentType() + " instead of application/problem+json: " + abbreviate(a.body());
        }
        if (a.body().isBlank()) {
            return "an empty body instead of a problem";
        }
        if (STACK_TRACE.matcher(a.body()).find()) {
            return "a stack trace in the body: " + abbreviate(a.body());
        }
        try {
            JsonNode problem = JSON.readTree(a.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                return "not a problem of status " + status + ": " + abbreviate(a.body());
            }
        } catch (IOException e) {
            return "the body is not JSON: " + abbreviate(a.body());
        }
        if (mentions != null && !a.body().contains(mentions)) {
            return "the problem does not say \"" + mentions + "\": " + abbreviate(a.body());
        }
        return null;
    }

    private Answer send(Target t, String json) {
        return send(t, "application/json; charset=UTF-8", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private Answer send(Target t, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(t.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .method(t.method(), body);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Answer(-1, null, "no answer: " + e, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        String base = RestAssured.baseURI == null ? "http://localhost" : RestAssured.baseURI;
        return URI.create(base + ":" + RestAssured.port + path);
    }

    /** A valid JSON document of {@code size} bytes (one long string value). */
    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        byte[] head = "{\"hostile\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, size - 2, (byte) 'a');
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
