package vn.thiduaso.platform.test.fuzz;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.thiduaso.platform.test.OpenApiContract;

/**
 * Requests generated from the running test app's own OpenAPI document, for every operation: path
 * parameters (ids that exist, valid UUIDs of nothing, non-UUIDs, huge numbers, unicode), query
 * parameters from their schemas (edge integers, overflow strings, valid and invalid enum values),
 * JSON bodies from the request schema (valid shape with random values, a required field missing, a
 * wrong type, nulls, extra fields, not an object at all), garbage multipart/binary bodies, with the
 * tokens the test gives (and without any). Every response must be below 500, carry no stack trace,
 * and every error must be {@code application/problem+json} with its {@code status} and a {@code title}.
 *
 * <p>Deterministic: a fixed seed ({@value #SEED_PROPERTY}, printed) and a bounded number of cases per
 * operation ({@value #CASES_PROPERTY}, default {@value #DEFAULT_CASES}), so a failure can be replayed.
 * Ids from 2xx responses (any {@code id}-named UUID) are collected and reused, and operations run
 * GET first, then writes, DELETE last, so later cases reach real rows.
 *
 * <p>NUL characters are left out by default ({@value #NUL_PROPERTY}=true puts them in): they are the
 * subject of the oversized/malformed input tests.
 */
public final class OpenApiFuzzer {

    public static final String CASES_PROPERTY = "thiduaso.fuzz.cases";
    public static final String SEED_PROPERTY = "thiduaso.fuzz.seed";
    public static final String NUL_PROPERTY = "thiduaso.fuzz.nul";
    public static final int DEFAULT_CASES = 15;
    private static final long DEFAULT_SEED = 20261204L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHOD_ORDER = List.of("get", "post", "put", "patch", "delete");
    /** Frames, "Caused by" and fully qualified throwable class names: what a leaked stack trace looks like. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat [\\w$]+(\\.[\\w$<>]+)+\\([\\w$]*(\\.java:\\d+)?[^)]*\\))|(Caused by: )|(\\b(java|javax|jakarta|org|io|com|vn)\\.[\\w.$]+(Exception|Error)\\b)");
    private static final String[] EXTRA_FIELDS = {"id", "status", "number", "issuedBy", "unitId", "version",
            "approvedBy", "role", "createdAt", "__proto__"};

    private final OpenApiContract contract;
    private final List<Caller> callers = new ArrayList<>();
    private final Map<String, String> skipped = new TreeMap<>();
    private final Set<String> knownIds = new LinkedHashSet<>();
    private final Random random;
    private final long seed;
    private final int casesPerOperation;
    private final boolean nul;

    /** A token the generator may send ({@code null}: no Authorization header), named in failure reports. */
    private record Caller(String name, String authorization) {
    }

    private OpenApiFuzzer(OpenApiContract contract) {
        this.contract = contract;
        this.seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
        this.casesPerOperation = Integer.getInteger(CASES_PROPERTY, DEFAULT_CASES);
        this.nul = Boolean.getBoolean(NUL_PROPERTY);
        this.random = new Random(seed);
        callers.add(new Caller("no token", null));
        callers.add(new Caller("garbage token", "Bearer not.a.token"));
    }

    /** A fuzzer over the document of the app under test (RestAssured's port). */
    public static OpenApiFuzzer ofRunningApp() {
        return new OpenApiFuzzer(OpenApiContract.ofRunningApp());
    }

    /** A caller whose token is sent as the Authorization header (e.g. {@code "office", communes.officeToken()}). */
    public OpenApiFuzzer caller(String name, String authorization) {
        callers.add(new Caller(name, authorization));
        return this;
    }

    /** Ids that exist (units, plans, users…): path parameters and uuid fields use them as often as random ones. */
    public OpenApiFuzzer knownIds(Iterable<?> ids) {
        ids.forEach(id -> knownIds.add(String.valueOf(id)));
        return this;
    }

    /** Leaves {@code "METHOD /path"} out, with the reason printed in the summary. Use only when a case cannot be undone. */
    public OpenApiFuzzer skip(String operation, String reason) {
        skipped.put(operation, reason);
        return this;
    }

    /** Runs every operation of the document (except the skipped ones) and returns what was seen. */
    public Result run() {
        List<String[]> operations = new ArrayList<>();
        contract.document().path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (METHOD_ORDER.contains(m)) {
                operations.add(new String[] {m, p.getKey()});
            }
        }));
        operations.sort(Comparator.<String[]>comparingInt(o -> METHOD_ORDER.indexOf(o[0])).thenComparing(o -> o[1]));
        Result result = new Result(seed, casesPerOperation, skipped);
        for (String[] op : operations) {
            String name = op[0].toUpperCase(Locale.ROOT) + " " + op[1];
            if (skipped.containsKey(name)) {
                continue;
            }
            JsonNode pathItem = contract.document().path("paths").path(op[1]);
            JsonNode operation = pathItem.path(op[0]);
            List<JsonNode> parameters = new ArrayList<>();
            pathItem.path("parameters").forEach(parameters::add);
            operation.path("parameters").forEach(parameters::add);
            long started = System.nanoTime();
            for (int i = 0; i < casesPerOperation; i++) {
                Case c = generate(op[0], op[1], operation, parameters);
                Response response = send(c);
                result.count(name, response.statusCode());
                check(name, c, response, result);
                harvest(response);
            }
            result.time(name, (System.nanoTime() - started) / 1_000_000);
        }
        return result;
    }

    // ---- one case ----

    private record Case(String method, String uri, Caller caller, Map<String, String> headers, String contentType,
            byte[] body, String description) {
    }

    private Case generate(String method, String template, JsonNode operation, List<JsonNode> parameters) {
        Caller caller = pickCaller();
        StringBuilder path = new StringBuilder(template);
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode raw : parameters) {
            JsonNode parameter = resolve(raw);
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            ObjectNode schema = contract.flattened(parameter.path("schema"));
            boolean required = parameter.path("required").asBoolean(false);
            switch (in) {
                case "path" -> {
                    String value = pathValue(schema);
                    int at = path.indexOf("{" + name + "}");
                    if (at >= 0) {
                        path.replace(at, at + name.length() + 2, encode(value));
                    }
                }
                case "query" -> {
                    if (required || random.nextInt(3) > 0) {
                        if ("array".equals(type(schema))) {
                            int n = random.nextInt(3) + 1;
                            for (int k = 0; k < n; k++) {
                                query.add(encode(name) + "=" + encode(scalar(contract.flattened(schema.path("items")))));
                            }
                        } else {
                            query.add(encode(name) + "=" + encode(scalar(schema)));
                        }
                    }
                }
                case "header" -> {
                    if (!"authorization".equalsIgnoreCase(name) && (required || random.nextBoolean())) {
                        headers.put(name, ascii(scalar(schema)));
                    }
                }
                default -> {
                }
            }
        }
        if (random.nextInt(10) == 0) {
            query.add("unknown" + random.nextInt(100) + "=" + encode(weirdString()));
        }
        String uri = query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
        String contentType = null;
        byte[] body = null;
        JsonNode requestBody = resolve(operation.path("requestBody"));
        JsonNode content = requestBody.path("content");
        if (content.isObject() && !content.isEmpty() && (requestBody.path("required").asBoolean(false) || random.nextInt(8) > 0)) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            contentType = types.get(random.nextInt(types.size()));
            if (contentType.contains("json")) {
                body = jsonBody(content.path(contentType).path("schema"));
            } else {
                body = garbageBody();
                if (contentType.startsWith("multipart/")) {
                    contentType = contentType + "; boundary=" + (random.nextBoolean() ? "fuzz" : "x".repeat(random.nextInt(80) + 1));
                }
            }
            if (random.nextInt(15) == 0) {
                contentType = random.nextBoolean() ? "text/plain" : "application/x-fuzz";
            }
        }
        String description = method.toUpperCase(Locale.ROOT) + " " + uri + " as " + caller.name()
                + (headers.isEmpty() ? "" : " headers " + headers)
                + (contentType == null ? "" : " [" + contentType + "] " + printable(body));
        return new Case(method, uri, caller, headers, contentType, body, description);
    }

    private Caller pickCaller() {
        // tokens that pass authentication most of the time: that is where the handlers run
        if (random.nextInt(10) == 0) {
            return callers.get(random.nextInt(2));
        }
        return callers.size() > 2 ? callers.get(2 + random.nextInt(callers.size() - 2)) : callers.get(0);
    }

    private Response send(Case c) {
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (c.caller().authorization() != null) {
            request.header("Authorization", c.caller().authorization());
        }
        c.headers().forEach(request::header);
        if (c.body() != null && c.contentType().startsWith("application/x-www-form-urlencoded")) {
            // REST Assured encodes forms from text only
            request.contentType(c.contentType()).body(new String(c.body(), StandardCharsets.ISO_8859_1));
        } else if (c.body() != null) {
            request.contentType(c.contentType()).body(c.body());
        }
        return request.request(c.method().toUpperCase(Locale.ROOT), c.uri());
    }

    private void check(String operation, Case c, Response response, Result result) {
        int status = response.statusCode();
        String body = response.asString();
        if (status >= 500) {
            result.fail(operation, status, c.description(), "5xx", body);
        }
        if (STACK_TRACE.matcher(body).find()) {
            result.fail(operation, status, c.description(), "stack trace in body", body);
        }
        if (status >= 400) {
            String type = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
            if (!"application/problem+json".equals(type)) {
                result.fail(operation, status, c.description(), "error is " + (type.isEmpty() ? "without content type" : type), body);
                return;
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText("").isBlank()) {
                    result.fail(operation, status, c.description(), "problem without status " + status + " or title", body);
                }
            } catch (IOException e) {
                result.fail(operation, status, c.description(), "problem body is not JSON", body);
            }
        }
    }

    private void harvest(Response response) {
        if (response.statusCode() / 100 != 2 || knownIds.size() > 300 || response.contentType() == null
                || !response.contentType().contains("json")) {
            return;
        }
        try {
            collectIds(JSON.readTree(response.asByteArray()), null, 0);
        } catch (IOException e) {
            // not JSON after all: nothing to learn
        }
    }

    private void collectIds(JsonNode node, String field, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isTextual() && field != null && (field.equals("id") || field.endsWith("Id"))) {
            try {
                knownIds.add(UUID.fromString(node.asText()).toString());
            } catch (IllegalArgumentException e) {
                // not a UUID
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> collectIds(f.getValue(), f.getKey(), depth + 1));
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(node.size(), 20); i++) {
                collectIds(node.get(i), field, depth + 1);
            }
        }
    }

    // ---- values ----

    private String pathValue(ObjectNode schema) {
        if ("uuid".equals(schema.path("format").asText()) || random.nextBoolean()) {
            int pick = random.nextInt(10);
            if (pick < 5 && !knownIds.isEmpty()) {
                return knownId();
            }
            if (pick < 8) {
                return UUID.randomUUID().toString();
            }
        }
        return switch (random.nextInt(12)) {
            case 0 -> "99999999999999999999999999";
            case 1 -> "-1";
            case 2 -> "0";
            case 3 -> "00000000-0000-0000-0000-00000000000G";
            case 4 -> "Đông Hòa 🏆";
            case 5 -> "..";
            case 6 -> "%";
            case 7 -> "a".repeat(300);
            case 8 -> "' OR '1'='1";
            case 9 -> "null";
            default -> scalar(schema);
        };
    }

    private String knownId() {
        int index = random.nextInt(knownIds.size());
        Iterator<String> it = knownIds.iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    /** A query/header/path value for a scalar schema, as text: mostly plausible, often at an edge, sometimes garbage. */
    private String scalar(ObjectNode schema) {
        JsonNode value = value(schema, 0, random.nextInt(4) == 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private byte[] jsonBody(JsonNode rawSchema) {
        ObjectNode schema = contract.flattened(rawSchema);
        String text;
        switch (random.nextInt(14)) {
            case 0 -> text = "";
            case 1 -> text = "{}";
            case 2 -> text = "null";
            case 3 -> text = "[" + value(schema, 0, false) + "]";
            case 4 -> text = JSON.valueToTree(weirdString()).toString();
            case 5 -> text = value(schema, 0, false) + (random.nextBoolean() ? "}" : "{");
            case 6 -> text = "{\"" + "a".repeat(random.nextInt(40)) + "\": ";
            default -> {
                JsonNode value = value(schema, 0, random.nextInt(3) == 0);
                if (value instanceof ObjectNode object && random.nextInt(3) == 0) {
                    for (int i = random.nextInt(3) + 1; i > 0; i--) {
                        object.set(EXTRA_FIELDS[random.nextInt(EXTRA_FIELDS.length)], anyValue(0));
                    }
                }
                text = value.toString();
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] garbageBody() {
        return switch (random.nextInt(4)) {
            case 0 -> new byte[0];
            case 1 -> "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.xlsx\"\r\n\r\nPK\u0003\u0004garbage\r\n--fuzz--\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> {
                byte[] bytes = new byte[random.nextInt(4096) + 1];
                random.nextBytes(bytes);
                yield bytes;
            }
            default -> ("--fuzz\r\nContent-Disposition: form-data; name=\"" + weirdString().replace("\"", "")
                    + "\"\r\n\r\n" + weirdString() + "\r\n--fuzz").getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * A JSON value for the schema; {@code mutate} allows one wrong thing below this level (a missing
     * required field, a null, a wrong type, an out-of-range value).
     */
    private JsonNode value(ObjectNode schema, int depth, boolean mutate) {
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (mutate && random.nextInt(5) == 0) {
            return random.nextBoolean() ? NODES.nullNode() : wrongType(type(schema));
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            JsonNode alternatives = schema.get(keyword);
            if (alternatives != null && alternatives.isArray() && !alternatives.isEmpty()) {
                return value(contract.flattened(alternatives.get(random.nextInt(alternatives.size()))), depth + 1, mutate);
            }
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && enumeration.isArray() && !enumeration.isEmpty()) {
            if (mutate && random.nextInt(3) == 0) {
                return NODES.textNode(random.nextBoolean() ? "NOT_A_VALUE" : enumeration.get(0).asText().toLowerCase(Locale.ROOT));
            }
            return enumeration.get(random.nextInt(enumeration.size())).deepCopy();
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, depth, mutate);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = random.nextInt(4);
                ObjectNode items = contract.flattened(schema.path("items"));
                for (int i = 0; i < n; i++) {
                    array.add(value(items, depth + 1, mutate && random.nextInt(n) == 0));
                }
                yield array;
            }
            case "integer" -> integer(schema, mutate);
            case "number" -> random.nextInt(4) == 0 ? NODES.numberNode(-0.5) : NODES.numberNode(random.nextInt(1000) / 7.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "string" -> NODES.textNode(string(schema, mutate));
            default -> schema.has("properties") ? object(schema, depth, mutate) : anyValue(depth);
        };
    }

    private JsonNode object(ObjectNode schema, int depth, boolean mutate) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        String dropped = mutate && !required.isEmpty() && random.nextInt(3) == 0
                ? new ArrayList<>(required).get(random.nextInt(required.size())) : null;
        for (String name : names) {
            if (name.equals(dropped) || (!required.contains(name) && random.nextInt(4) == 0)) {
                continue;
            }
            boolean mutateThis = mutate && random.nextInt(Math.max(1, names.size())) == 0;
            object.set(name, value(contract.flattened(schema.path("properties").path(name)), depth + 1, mutateThis));
        }
        return object;
    }

    private JsonNode integer(ObjectNode schema, boolean mutate) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -1000;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1_000_000;
        if (mutate || random.nextInt(3) == 0) {
            return switch (random.nextInt(9)) {
                case 0 -> NODES.numberNode(Integer.MAX_VALUE);
                case 1 -> NODES.numberNode(Integer.MIN_VALUE);
                case 2 -> NODES.numberNode(Long.MAX_VALUE);
                case 3 -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999"));
                case 4 -> NODES.numberNode(-1);
                case 5 -> NODES.numberNode(0);
                case 6 -> NODES.numberNode(min - 1);
                case 7 -> NODES.numberNode(max + 1);
                default -> NODES.numberNode(1.5);
            };
        }
        long span = Math.max(1, Math.min(max, 100_000) - min + 1);
        return NODES.numberNode(min + Math.floorMod(random.nextLong(), span));
    }

    private String string(ObjectNode schema, boolean mutate) {
        String format = schema.path("format").asText("");
        boolean wrong = mutate && random.nextInt(2) == 0;
        switch (format) {
            case "uuid" -> {
                if (wrong) {
                    return random.nextBoolean() ? "not-a-uuid" : weirdString();
                }
                return !knownIds.isEmpty() && random.nextBoolean() ? knownId() : UUID.randomUUID().toString();
            }
            case "date" -> {
                if (wrong) {
                    return List.of("2026-02-30", "31/12/2026", "99999-01-01", "", "2026-13-01").get(random.nextInt(5));
                }
                return String.format("%04d-%02d-%02d", 2020 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            case "date-time" -> {
                if (wrong) {
                    return List.of("2026-02-30T00:00:00Z", "yesterday", "2026-01-01T25:00:00Z", "+999999999-12-31T23:59:59Z")
                            .get(random.nextInt(4));
                }
                return String.format("%04d-%02d-%02dT%02d:%02d:00Z", 2020 + random.nextInt(12), 1 + random.nextInt(12),
                        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
            }
            case "email" -> {
                return wrong ? weirdString() : "fuzz" + random.nextInt(100000) + "@test.local";
            }
            case "binary", "byte" -> {
                return random.nextBoolean() ? "AAAA" : "!!not base64!!";
            }
            default -> {
            }
        }
        int maxLength = schema.path("maxLength").asInt(0);
        if (maxLength > 0 && (wrong || random.nextInt(6) == 0)) {
            return "ư".repeat(Math.min(maxLength + 1 + random.nextInt(10), 20_000));
        }
        String value = random.nextInt(3) == 0 ? weirdString() : words();
        return maxLength > 0 && value.length() > maxLength && !wrong ? value.substring(0, maxLength) : value;
    }

    private String words() {
        String[] words = {"Thôn", "Đông", "xã", "Vĩnh", "Hòa", "báo cáo", "thi đua", "khen thưởng", "năm", "2026", "kế hoạch"};
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(6) + 1; i > 0; i--) {
            b.append(words[random.nextInt(words.length)]).append(i > 1 ? " " : "");
        }
        return b.toString();
    }

    private String weirdString() {
        return switch (random.nextInt(18)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "\t\r\n";
            case 3 -> "<script>alert(1)</script>";
            case 4 -> "' OR 1=1 --";
            case 5 -> "../../etc/passwd";
            case 6 -> "%00%ff";
            case 7 -> "\u202eRTL\u200b\ufeff";
            case 8 -> "😀🏆\uD83D\uDC4D";
            case 9 -> "-1";
            case 10 -> "99999999999999999999";
            case 11 -> "NaN";
            case 12 -> "\\u0000 \\ \"";
            case 13 -> "x".repeat(random.nextInt(3000) + 256);
            case 14 -> nul ? "a\u0000b" : "a\u0001\u001fb";
            case 15 -> "${jndi:ldap://127.0.0.1/x}";
            case 16 -> "ǅ ﬁ İ ß Ⅻ";
            default -> {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(40) + 1; i > 0; i--) {
                    int cp = 1 + random.nextInt(0x2FFF);
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        cp = 'x';
                    }
                    b.appendCodePoint(cp);
                }
                yield b.toString();
            }
        };
    }

    private JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> random.nextBoolean() ? NODES.numberNode(42) : NODES.objectNode().put("a", 1);
            case "integer", "number" -> random.nextBoolean() ? NODES.textNode("mười") : NODES.booleanNode(true);
            case "boolean" -> NODES.textNode("yes");
            case "array" -> NODES.textNode("[]");
            case "object" -> NODES.arrayNode().add(1);
            default -> NODES.textNode(weirdString());
        };
    }

    private JsonNode anyValue(int depth) {
        return switch (random.nextInt(depth > 2 ? 4 : 6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode(weirdString());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.arrayNode().add(anyValue(depth + 1));
            default -> NODES.objectNode().set("k", anyValue(depth + 1));
        };
    }

    private static String type(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return "";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    private JsonNode resolve(JsonNode node) {
        int guard = 0;
        while (node.has("$ref") && guard++ < 16) {
            JsonNode target = contract.document();
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String ascii(String value) {
        StringBuilder b = new StringBuilder();
        value.chars().filter(ch -> ch >= 0x20 && ch < 0x7f).forEach(ch -> b.append((char) ch));
        return b.toString();
    }

    /** The body as text when it is text, else its size: failure reports stay readable. */
    private static String printable(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
            return abbreviate(text.replace("\r", "\\r").replace("\n", "\\n"));
        } catch (java.nio.charset.CharacterCodingException e) {
            return "<" + body.length + " bytes that are not UTF-8>";
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Cases run per operation and every failure (first few per operation and reason kept in full). */
    public static final class Result {
        private final long seed;
        private final int casesPerOperation;
        private final Map<String, String> skipped;
        private final Map<String, Integer> cases = new TreeMap<>();
        private final Map<String, List<String>> failures = new TreeMap<>();
        private int failureCount;

        private Result(long seed, int casesPerOperation, Map<String, String> skipped) {
            this.seed = seed;
            this.casesPerOperation = casesPerOperation;
            this.skipped = skipped;
        }

        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private final Map<String, Long> millis = new TreeMap<>();

        private void time(String operation, long elapsed) {
            millis.put(operation, elapsed);
        }

        /** The slowest operations with their time for all their cases, for the build log. */
        public String slowest(int n) {
            return millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                    .map(e -> e.getKey() + " " + e.getValue() + " ms").toList().toString();
        }

        private void count(String operation, int status) {
            cases.merge(operation, 1, Integer::sum);
            statuses.merge(status, 1, Integer::sum);
        }

        private void fail(String operation, int status, String request, String reason, String body) {
            failureCount++;
            List<String> list = failures.computeIfAbsent(operation + " → " + status + " " + reason, k -> new ArrayList<>());
            if (list.size() < 3) {
                list.add(request + "\n      → " + abbreviate(body));
            }
        }

        public int totalCases() {
            return cases.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int operations() {
            return cases.size();
        }

        public int failureCount() {
            return failureCount;
        }

        /** One line for the build log: cases, operations, seed, skipped operations. */
        public String summary(String service) {
            return "Fuzz " + service + ": " + totalCases() + " cases over " + operations() + " operations (" + casesPerOperation
                    + " each, seed " + seed + "), " + failureCount + " failures; statuses " + statuses
                    + (skipped.isEmpty() ? "" : "; skipped " + skipped) + "; slowest " + slowest(5);
        }

        /** Every kind of failure with up to three requests that caused it, or "" when none. */
        public String failures() {
            StringBuilder b = new StringBuilder();
            failures.forEach((kind, requests) -> {
                b.append(kind).append('\n');
                requests.forEach(r -> b.append("    ").append(r).append('\n'));
            });
            return b.toString();
        }
    }
}
