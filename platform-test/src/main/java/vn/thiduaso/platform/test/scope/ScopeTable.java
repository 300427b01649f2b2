package vn.thiduaso.platform.test.scope;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The scope (BOLA) table of one service: one {@link ScopeRow} per operation of its OpenAPI document,
 * each called by every {@link Caller} with ids that exist. A caller outside the target's scope never
 * gets a 2xx on it, a role that may never act gets 403, a target outside the scope answers 404 (not
 * 403, which would confirm that the id exists), and a refused write changes no row of the service's
 * database ({@link DatabaseFingerprint}). {@link ScopeSuite} turns it into tests.
 */
public final class ScopeTable {

    private final Map<Caller, String> tokens;
    private final Map<String, ScopeRow> rows = new TreeMap<>();
    private DatabaseFingerprint fingerprint;

    private ScopeTable(Map<Caller, String> tokens) {
        this.tokens = tokens;
    }

    /** {@code token} gives the Authorization header value of each caller but {@link Caller#ANONYMOUS}. */
    public static ScopeTable of(Function<Caller, String> token) {
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            if (c != Caller.ANONYMOUS) {
                tokens.put(c, token.apply(c));
            }
        }
        return new ScopeTable(tokens);
    }

    /** Refused writes are checked against this database: nothing may change. */
    public ScopeTable database(DatabaseFingerprint value) {
        this.fingerprint = value;
        return this;
    }

    /** The row of {@code "METHOD /path/{template}"} (one per operation; asking twice is a mistake). */
    public ScopeRow row(String operation) {
        ScopeRow row = new ScopeRow(operation);
        if (rows.putIfAbsent(row.operation, row) != null) {
            throw new IllegalStateException("Hai dòng cho cùng thao tác " + row.operation);
        }
        return row;
    }

    public Set<String> operations() {
        return new TreeSet<>(rows.keySet());
    }

    /** Operations of the document without a row, and rows without an operation, each named. */
    public List<String> coverageProblems(Set<String> documentOperations) {
        List<String> problems = new ArrayList<>();
        for (String op : documentOperations) {
            if (!rows.containsKey(op)) {
                problems.add("Thao tác " + op + " của OpenAPI chưa có dòng trong bảng phạm vi");
            }
        }
        for (String op : rows.keySet()) {
            if (!documentOperations.contains(op)) {
                problems.add("Dòng " + op + " của bảng phạm vi không ứng với thao tác nào của OpenAPI");
            }
        }
        return problems;
    }

    /** One dynamic test per row and caller: "GET /api/v1/plans/{id} as OTHER_COMMUNE → NOT_FOUND". */
    public Stream<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ScopeRow row : rows.values()) {
            List<String> problems = row.problems(List.of(Caller.values()));
            if (!problems.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(row.operation + " (dòng chưa đủ)", () -> {
                    throw new AssertionError(String.join("\n", problems));
                }));
                continue;
            }
            for (Caller caller : Caller.values()) {
                Outcome expected = row.outcome(caller);
                tests.add(DynamicTest.dynamicTest(row.operation + " as " + caller + " → " + expected,
                        () -> call(row, caller, expected)));
            }
        }
        return tests.stream();
    }

    private void call(ScopeRow row, Caller caller, Outcome expected) {
        Map<String, String> values = new LinkedHashMap<>();
        row.pathParams.forEach((name, supplier) -> values.put(name, supplier.get()));
        String path = row.resolve(values);
        RequestSpecification request = given().redirects().follow(false);
        String token = tokens.get(caller);
        if (token != null) {
            request = request.header("Authorization", token);
        }
        for (Map.Entry<String, java.util.function.Supplier<Object>> q : row.queryParams.entrySet()) {
            request = request.queryParam(q.getKey(), q.getValue().get());
        }
        if (row.body != null) {
            request = request.contentType(row.contentType).body(row.body.apply(values));
        }
        request = row.customizer.apply(request);
        boolean checkNothingChanged = fingerprint != null && (row.writes() || expected == Outcome.NO_EFFECT) && expected.refusal();
        Map<String, String> before = checkNothingChanged ? fingerprint.take() : null;
        Response response = request.request(row.method, path);
        int status = response.statusCode();
        String body = response.asString();
        String context = row.operation + " → " + path + " as " + caller + ": mong đợi " + expected + ", nhận " + status
                + (row.note == null ? "" : " (" + row.note + ")") + "\n" + abbreviate(body);
        if (!expected.accepts(status)) {
            throw new AssertionError(context);
        }
        if (caller.outsideScope() && !row.ownData && status >= 200 && status < 300 && expected != Outcome.FILTERED && expected != Outcome.NO_EFFECT) {
            throw new AssertionError("2xx ngoài phạm vi: " + context);
        }
        if (expected == Outcome.FILTERED) {
            for (var marker : row.markers) {
                String m = marker.get();
                if (m != null && body.contains(m)) {
                    throw new AssertionError("Lộ " + m + " ra ngoài phạm vi: " + context);
                }
            }
        }
        if (status >= 400 && !body.isEmpty()) {
            String type = response.contentType() == null ? "" : response.contentType();
            if (!type.startsWith("application/problem+json")) {
                throw new AssertionError("Lỗi không phải problem+json (" + type + "): " + context);
            }
        }
        if (checkNothingChanged) {
            List<String> changed = DatabaseFingerprint.changedTables(before, fingerprint.take());
            if (!changed.isEmpty()) {
                throw new AssertionError("Bị từ chối (" + status + ") nhưng đã đổi bảng " + changed + ": " + context);
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
