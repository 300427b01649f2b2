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

    /**
     * The platform's dead-letter admin endpoints (every service has them): a garbage record is put on
     * {@code consumedTopic} (a topic the service reads) so that the list and the single read answer a
     * real {@code DeadLetter}, and its replay the 422 of a record that still fails; plus 401, 403, 404, 400.
     */
    public ContractCalls deadLetters(String service, String consumedTopic) {
        String base = "/api/v1/admin/dead-letters";
        String admin = Tokens.role("admin").unit(java.util.UUID.randomUUID(), "/").scope("/").bearer();
        String office = Tokens.role("office").unit(java.util.UUID.randomUUID(), "/tp/xa/phong").scope("/tp/xa").bearer();
        String[] place = new String[1];
        Supplier<String> deadLetter = () -> {
            if (place[0] == null) {
                String garbage = "contract: not an envelope " + java.util.UUID.randomUUID();
                try (TestKafka.TopicProbe dlt = TestKafka.probe("dlt." + service)) {
                    TestKafka.send(consumedTopic, "contract", garbage);
                    var record = dlt.await(java.time.Duration.ofSeconds(30), garbage);
                    place[0] = record.partition() + "/" + record.offset();
                }
            }
            return place[0];
        };
        return add("GET " + base, expect(200, () -> {
            deadLetter.get();
            return io.restassured.RestAssured.given().header("Authorization", admin).queryParam("size", 100).get(base);
        }))
                .add("GET " + base, expect(401, () -> io.restassured.RestAssured.given().get(base)))
                .add("GET " + base, expect(403, () -> io.restassured.RestAssured.given().header("Authorization", office).get(base)))
                .add("GET " + base, expect(400, () -> io.restassured.RestAssured.given().header("Authorization", admin)
                        .queryParam("size", 0).get(base)))
                .add("GET " + base + "/{partition}/{offset}", expect(200, () -> io.restassured.RestAssured.given()
                        .header("Authorization", admin).get(base + "/" + deadLetter.get())))
                .add("GET " + base + "/{partition}/{offset}", expect(404, () -> io.restassured.RestAssured.given()
                        .header("Authorization", admin).get(base + "/0/999999999")))
                .add("POST " + base + "/{partition}/{offset}/replay", expect(422, () -> io.restassured.RestAssured.given()
                        .header("Authorization", admin).post(base + "/" + deadLetter.get() + "/replay")))
                .add("POST " + base + "/{partition}/{offset}/replay", expect(404, () -> io.restassured.RestAssured.given()
                        .header("Authorization", admin).post(base + "/0/999999999/replay")))
                .add("POST " + base + "/{partition}/{offset}/replay", expect(403, () -> io.restassured.RestAssured.given()
                        .header("Authorization", office).post(base + "/0/0/replay")))
                .add("POST " + base + "/{partition}/{offset}/replay", expect(401, () -> io.restassured.RestAssured.given()
                        .post(base + "/0/0/replay")));
    }

    /** A call whose status is asserted before its body is checked against the document. */
    private static Supplier<Response> expect(int status, Supplier<Response> call) {
        return () -> {
            Response response = call.get();
            org.junit.jupiter.api.Assertions.assertEquals(status, response.statusCode(), response.asString());
            return response;
        };
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
