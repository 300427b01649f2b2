package vn.thiduaso.platform.test;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * Checks responses against the running test app's own OpenAPI document ({@code /q/openapi}): the
 * operation is found by method and path template, the response by status code and media type, and
 * a JSON body must match its schema recursively — no property the schema does not declare, every
 * declared property of the declared type ({@code format} uuid/date/date-time parse, enums hold),
 * required properties present. {@code $ref}, {@code allOf}/{@code anyOf}/{@code oneOf}, arrays,
 * {@code additionalProperties} and both nullable dialects (3.0 {@code nullable}, 3.1 type lists)
 * are understood. A {@code null} value stands for an absent property and passes unless the
 * property is required.
 *
 * <p>Hand-written rather than a JSON-Schema library: OpenAPI schemas as generated say nothing about
 * undeclared properties, and forbidding them across {@code allOf} needs the merging done here.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** The document of the app under test (RestAssured's port), as JSON. */
    public static OpenApiContract ofRunningApp() {
        return of(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    public static OpenApiContract of(String json) {
        try {
            return new OpenApiContract(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("OpenAPI không phải JSON: " + e.getMessage(), e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation of the document as "METHOD /path/{template}", sorted. */
    public Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                ops.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }));
        return ops;
    }

    /**
     * What a linter would flag: no servers, operations without operationId (or a duplicate one) or
     * summary, error responses without a problem body, a {@code $ref} that leads nowhere.
     */
    public List<String> documentProblems() {
        List<String> problems = new ArrayList<>();
        if (!document.path("servers").isArray() || document.path("servers").isEmpty()) {
            problems.add("servers trống");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String op : operations()) {
            JsonNode operation = operation(op);
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                problems.add(op + ": thiếu operationId");
            } else if (!ids.add(id)) {
                problems.add(op + ": operationId trùng " + id);
            }
            if (operation.path("summary").asText("").isBlank()) {
                problems.add(op + ": thiếu summary");
            }
            if (!operation.path("responses").isObject() || operation.path("responses").isEmpty()) {
                problems.add(op + ": không khai báo response nào");
            }
            operation.path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    if (r.getValue().path("content").path("application/problem+json").path("schema").isMissingNode()) {
                        problems.add(op + " " + r.getKey() + ": thiếu schema application/problem+json");
                    }
                }
            });
        }
        collectRefs(document, "$", problems);
        return problems;
    }

    private void collectRefs(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                try {
                    resolveRef(ref.asText());
                } catch (AssertionError e) {
                    problems.add(path + ": " + e.getMessage());
                }
            }
            node.fields().forEachRemaining(f -> collectRefs(f.getValue(), path + "." + f.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    /**
     * Checks a RestAssured response of {@code "METHOD /path/{template}"}: its status is declared,
     * its media type is declared for that status, and a JSON body matches the schema.
     */
    public void check(String operation, Response response) {
        JsonNode op = operation(operation);
        String status = String.valueOf(response.statusCode());
        JsonNode declared = op.path("responses").get(status);
        if (declared == null) {
            declared = op.path("responses").get(status.charAt(0) + "XX");
        }
        if (declared == null) {
            declared = op.path("responses").get("default");
        }
        if (declared == null) {
            throw new AssertionError(operation + ": trạng thái " + status + " không khai báo trong OpenAPI (có "
                    + names(op.path("responses")) + "); body: " + abbreviate(response.asString()));
        }
        declared = resolve(declared);
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        byte[] body = response.asByteArray();
        JsonNode content = declared.path("content");
        if (body.length == 0) {
            if (content.isObject() && !content.isEmpty() && !"204".equals(status)) {
                JsonNode media = content.get(contentType.isEmpty() ? content.fieldNames().next() : contentType);
                if (media != null && !media.path("schema").isMissingNode() && !isBinary(media.path("schema"))) {
                    throw new AssertionError(operation + " " + status + ": body trống nhưng OpenAPI khai báo " + names(content));
                }
            }
            return;
        }
        if (!content.isObject() || content.isEmpty()) {
            throw new AssertionError(operation + " " + status + ": có body (" + contentType
                    + ") nhưng OpenAPI không khai báo nội dung");
        }
        JsonNode media = content.get(contentType);
        if (media == null && content.has("*/*")) {
            media = content.get("*/*");
        }
        if (media == null) {
            throw new AssertionError(operation + " " + status + ": kiểu nội dung " + contentType
                    + " không khai báo (có " + names(content) + ")");
        }
        JsonNode schema = media.get("schema");
        if (schema == null) {
            throw new AssertionError(operation + " " + status + " " + contentType + ": không có schema");
        }
        if (!contentType.endsWith("json")) {
            if (!isBinary(schema)) {
                throw new AssertionError(operation + " " + status + " " + contentType + ": nội dung nhị phân cần schema "
                        + "string/binary, có " + schema);
            }
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(operation + " " + status + ": body không phải JSON: " + abbreviate(response.asString()));
        }
        List<String> errors = validate(schema, value);
        if (!errors.isEmpty()) {
            throw new AssertionError(operation + " " + status + " không khớp schema:\n  " + String.join("\n  ", errors)
                    + "\nbody: " + abbreviate(response.asString()));
        }
    }

    /** The mismatches of a JSON value against a schema of this document, each with its JSON path; empty when it matches. */
    public List<String> validate(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        validate(schema, value, "$", errors, 0);
        return errors;
    }

    /** A schema with its {@code $ref} followed and its {@code allOf} parts merged into one object (for generators). */
    public ObjectNode flattened(JsonNode schema) {
        return flatten(schema, 0);
    }

    /** A schema of {@code components.schemas} by name. */
    public JsonNode schema(String name) {
        return resolveRef("#/components/schemas/" + name);
    }

    private JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Cần \"METHOD /path\": " + operation);
        }
        JsonNode op = document.path("paths").path(parts[1]).get(parts[0].toLowerCase(Locale.ROOT));
        if (op == null) {
            throw new AssertionError("OpenAPI không có thao tác " + operation + "; có " + operations());
        }
        return op;
    }

    private static boolean isBinary(JsonNode schema) {
        return "string".equals(schema.path("type").asText()) && ("binary".equals(schema.path("format").asText())
                || schema.has("contentMediaType") || schema.has("contentEncoding"));
    }

    private void validate(JsonNode rawSchema, JsonNode value, String path, List<String> errors, int depth) {
        if (depth > 64) {
            errors.add(path + ": schema lồng quá sâu");
            return;
        }
        ObjectNode schema = flatten(rawSchema, 0);
        List<String> types = types(schema);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null") && !schema.path("nullable").asBoolean(false)
                    && !alternativesAllowNull(schema)) {
                // a null value stands for an absent property (records write every component)
                if (!path.endsWith("]") && !"$".equals(path)) {
                    return;
                }
                errors.add(path + ": null nhưng schema là " + types);
            }
            return;
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = schema.get(keyword);
            if (alternatives != null && alternatives.isArray()) {
                List<String> best = null;
                for (JsonNode alternative : alternatives) {
                    List<String> attempt = new ArrayList<>();
                    validate(alternative, value, path, attempt, depth + 1);
                    if (attempt.isEmpty()) {
                        best = null;
                        break;
                    }
                    if (best == null || attempt.size() < best.size()) {
                        best = attempt;
                    }
                }
                if (best != null) {
                    errors.add(path + ": không khớp phương án nào của " + keyword + " (gần nhất: " + best + ")");
                    return;
                }
            }
        }
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.equals(value)) {
                    found = true;
                }
            }
            if (!found) {
                errors.add(path + ": " + value + " không thuộc enum " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(path + ": " + value + " khác const " + schema.get("const"));
        }
        List<String> nonNull = types.stream().filter(t -> !"null".equals(t)).toList();
        if (nonNull.isEmpty()) {
            if (value.isObject() && schema.has("properties")) {
                validateObject(schema, value, path, errors, depth);
            }
            return;
        }
        String actual = jsonType(value);
        boolean typeOk = nonNull.contains(actual) || ("integer".equals(actual) && nonNull.contains("number"));
        if (!typeOk) {
            errors.add(path + ": kiểu " + actual + " nhưng schema là " + nonNull);
            return;
        }
        switch (actual) {
            case "string" -> validateString(schema, value.asText(), path, errors);
            case "array" -> {
                JsonNode items = schema.get("items");
                if (items != null) {
                    for (int i = 0; i < value.size(); i++) {
                        validate(items, value.get(i), path + "[" + i + "]", errors, depth + 1);
                    }
                }
            }
            case "object" -> validateObject(schema, value, path, errors, depth);
            default -> {
            }
        }
    }

    private boolean alternativesAllowNull(ObjectNode schema) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = schema.get(keyword);
            if (alternatives != null) {
                for (JsonNode alternative : alternatives) {
                    ObjectNode flat = flatten(alternative, 0);
                    if (types(flat).contains("null") || flat.path("nullable").asBoolean(false)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void validateObject(ObjectNode schema, JsonNode value, String path, List<String> errors, int depth) {
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean declaresShape = properties.isObject() && !properties.isEmpty();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path + "." + field.getKey();
            JsonNode property = properties.get(field.getKey());
            if (property != null) {
                validate(property, field.getValue(), fieldPath, errors, depth + 1);
            } else if (additional != null && additional.isObject()) {
                validate(additional, field.getValue(), fieldPath, errors, depth + 1);
            } else if (additional != null && additional.isBoolean()) {
                if (!additional.asBoolean()) {
                    errors.add(fieldPath + ": thuộc tính không khai báo trong schema");
                }
            } else if (declaresShape) {
                errors.add(fieldPath + ": thuộc tính không khai báo trong schema (có " + names(properties) + ")");
            }
        }
        for (JsonNode required : schema.path("required")) {
            JsonNode present = value.get(required.asText());
            if (present == null || present.isNull()) {
                errors.add(path + "." + required.asText() + ": bắt buộc nhưng thiếu");
            }
        }
    }

    private static void validateString(JsonNode schema, String text, String path, List<String> errors) {
        String format = schema.path("format").asText("");
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(path + ": \"" + text + "\" không đúng định dạng " + format);
        }
        if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            errors.add(path + ": \"" + text + "\" không khớp pattern " + schema.get("pattern").asText());
        }
    }

    private static String jsonType(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return "object";
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    /** The schema with its $ref followed and its allOf parts merged into one (properties, required, types). */
    private ObjectNode flatten(JsonNode schema, int depth) {
        if (depth > 32) {
            throw new AssertionError("$ref/allOf vòng lặp: " + schema);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (schema == null || !schema.isObject()) {
            return result;
        }
        if (schema.has("$ref")) {
            result.setAll(flatten(resolveRef(schema.get("$ref").asText()), depth + 1));
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null) {
            for (JsonNode part : allOf) {
                merge(result, flatten(part, depth + 1));
            }
        }
        ObjectNode own = schema.deepCopy();
        own.remove("$ref");
        own.remove("allOf");
        merge(result, own);
        return result;
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode existing = into.get(key);
            if ("properties".equals(key) && existing instanceof ObjectNode props) {
                props.setAll((ObjectNode) field.getValue().deepCopy());
            } else if ("required".equals(key) && existing instanceof ArrayNode required) {
                Set<String> seen = new LinkedHashSet<>();
                required.forEach(r -> seen.add(r.asText()));
                field.getValue().forEach(r -> {
                    if (seen.add(r.asText())) {
                        required.add(r.asText());
                    }
                });
            } else if ("type".equals(key) && existing != null) {
                List<String> a = types(into);
                List<String> b = types(from);
                List<String> both = a.stream().filter(b::contains).toList();
                ArrayNode type = into.putArray("type");
                both.forEach(type::add);
            } else {
                into.set(key, field.getValue().deepCopy());
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        int guard = 0;
        while (node.has("$ref") && guard++ < 32) {
            node = resolveRef(node.get("$ref").asText());
        }
        return node;
    }

    private JsonNode resolveRef(String ref) {
        if (!ref.startsWith("#/")) {
            throw new AssertionError("$ref ngoài tài liệu không hỗ trợ: " + ref);
        }
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        if (node.isMissingNode()) {
            throw new AssertionError("$ref không tìm thấy: " + ref);
        }
        return node;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
