package vn.thiduaso.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import io.restassured.response.Response;

/**
 * A service's table "operation → how to call it" for its contract test: every call's response is
 * checked with {@link OpenApiContract}, and {@link #operations()} is compared with the document's
 * operations so that a new endpoint without a check fails the build.
 */
public final class ContractCalls {

    private final Map<String, List<Supplier<Response>>> calls = new TreeMap<>();

    /** One more call of {@code "METHOD /path/{template}"} (a 2xx, or a problem for 4xx). */
    public ContractCalls add(String operation, Supplier<Response> call) {
        calls.computeIfAbsent(operation, o -> new ArrayList<>()).add(call);
        return this;
    }

    public Set<String> operations() {
        return calls.keySet();
    }

    /** One dynamic test per call: the call is made and its response checked against the document. */
    public Stream<DynamicTest> tests(OpenApiContract contract) {
        List<DynamicTest> tests = new ArrayList<>();
        calls.forEach((operation, list) -> {
            for (int i = 0; i < list.size(); i++) {
                Supplier<Response> call = list.get(i);
                tests.add(DynamicTest.dynamicTest(operation + " #" + (i + 1), () -> contract.check(operation, call.get())));
            }
        });
        return tests.stream();
    }
}
