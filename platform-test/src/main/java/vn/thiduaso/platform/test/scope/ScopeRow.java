package vn.thiduaso.platform.test.scope;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.restassured.specification.RequestSpecification;

/**
 * One operation of a {@link ScopeTable}: how to fill its path parameters with ids that exist (a
 * supplier is asked again for every caller, so a write can get a fresh target each time), its body
 * and query, and the {@link Outcome} each {@link Caller} must get.
 */
public final class ScopeRow {

    final String operation;
    final String method;
    final String template;
    final Map<String, Supplier<String>> pathParams = new LinkedHashMap<>();
    final Map<String, Supplier<Object>> queryParams = new LinkedHashMap<>();
    Function<Map<String, String>, String> body;
    String contentType = "application/json";
    UnaryOperator<RequestSpecification> customizer = UnaryOperator.identity();
    final List<Supplier<String>> markers = new ArrayList<>();
    final Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
    boolean ownData;
    String note;

    ScopeRow(String operation) {
        String[] parts = operation.split(" ", 2);
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("Cần \"METHOD /path\": " + operation);
        }
        this.operation = parts[0].toUpperCase(Locale.ROOT) + " " + parts[1];
        this.method = parts[0].toUpperCase(Locale.ROOT);
        this.template = parts[1];
    }

    /** Fills {@code {name}} with the supplier's id (asked again for every call). */
    public ScopeRow path(String name, Supplier<?> id) {
        pathParams.put(name, () -> String.valueOf(id.get()));
        return this;
    }

    /** Fills {@code {name}} with one fixed value. */
    public ScopeRow path(String name, Object value) {
        String text = String.valueOf(value);
        pathParams.put(name, () -> text);
        return this;
    }

    public ScopeRow query(String name, Object value) {
        queryParams.put(name, () -> value);
        return this;
    }

    public ScopeRow query(String name, Supplier<?> value) {
        queryParams.put(name, value::get);
        return this;
    }

    /** A JSON body (the same for every call). */
    public ScopeRow body(String json) {
        this.body = p -> json;
        return this;
    }

    /** A JSON body made from the call's resolved path parameters (e.g. the version of a fresh target). */
    public ScopeRow body(Function<Map<String, String>, String> json) {
        this.body = json;
        return this;
    }

    public ScopeRow contentType(String value) {
        this.contentType = value;
        return this;
    }

    /** Anything else the request needs (a multipart file, a header). */
    public ScopeRow request(UnaryOperator<RequestSpecification> change) {
        this.customizer = change;
        return this;
    }

    /** Texts (ids of the home commune's objects) a {@link Outcome#FILTERED} body must not contain. */
    @SafeVarargs
    public final ScopeRow markers(Supplier<String>... values) {
        markers.addAll(List.of(values));
        return this;
    }

    /**
     * The operation acts only on the caller's own things (own profile, own inbox, a create inside the
     * caller's own scope): a caller of another commune or unit is not outside the scope here.
     */
    public ScopeRow ownData() {
        this.ownData = true;
        return this;
    }

    /** Why the row expects what it expects, shown with a failure. */
    public ScopeRow note(String why) {
        this.note = why;
        return this;
    }

    public ScopeRow expect(Outcome outcome, Caller... callers) {
        for (Caller c : callers) {
            outcomes.put(c, outcome);
        }
        return this;
    }

    public ScopeRow ok(Caller... callers) {
        return expect(Outcome.OK, callers);
    }

    public ScopeRow admitted(Caller... callers) {
        return expect(Outcome.ADMITTED, callers);
    }

    public ScopeRow forbidden(Caller... callers) {
        return expect(Outcome.FORBIDDEN, callers);
    }

    public ScopeRow notFound(Caller... callers) {
        return expect(Outcome.NOT_FOUND, callers);
    }

    public ScopeRow refused(Caller... callers) {
        return expect(Outcome.REFUSED, callers);
    }

    public ScopeRow filtered(Caller... callers) {
        return expect(Outcome.FILTERED, callers);
    }

    /** Every caller without an outcome yet (anonymous excluded: it stays 401 unless set) gets {@code outcome}. */
    public ScopeRow others(Outcome outcome) {
        for (Caller c : Caller.values()) {
            if (c != Caller.ANONYMOUS) {
                outcomes.putIfAbsent(c, outcome);
            }
        }
        return this;
    }

    /** Open to everyone, with or without a token. */
    public ScopeRow open() {
        for (Caller c : Caller.values()) {
            outcomes.put(c, Outcome.PUBLIC);
        }
        return ownData();
    }

    boolean writes() {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    Outcome outcome(Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return outcomes.getOrDefault(caller, Outcome.UNAUTHORIZED);
        }
        return outcomes.get(caller);
    }

    /** What is wrong with the row itself (before any call), empty when it is complete. */
    List<String> problems(Iterable<Caller> callers) {
        List<String> problems = new ArrayList<>();
        for (Caller c : callers) {
            Outcome o = outcome(c);
            if (o == null) {
                problems.add(operation + ": không ghi kết quả mong đợi cho " + c);
            } else if (c.outsideScope() && !ownData && (o == Outcome.OK || o == Outcome.ADMITTED || o == Outcome.PUBLIC)) {
                problems.add(operation + ": " + c + " nằm ngoài phạm vi nhưng bảng mong đợi " + o
                        + " (chỉ FORBIDDEN, NOT_FOUND, REFUSED, FILTERED, NO_EFFECT)");
            } else if (o == Outcome.FILTERED && markers.isEmpty()) {
                problems.add(operation + ": FILTERED cần markers (id của đơn vị nhà không được lộ ra)");
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            if (!pathParams.containsKey(m.group(1))) {
                problems.add(operation + ": thiếu giá trị cho tham số đường dẫn {" + m.group(1) + "}");
            }
        }
        return problems;
    }

    String resolve(Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        return path;
    }
}
