package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.Communes;
import vn.thiduaso.platform.test.fuzz.OpenApiFuzzer;

/** Every operation of award-service's OpenAPI document, fuzzed: no 5xx, no stack trace, every error problem+json. */
@QuarkusTest
class AwardFuzzTest {

    /** The fuzzer may move the test stack's award clock: the other tests expect real time. */
    @AfterEach
    void clockBackToRealTime() {
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body("{\"offsetSeconds\": 0}").put("/api/v1/admin/clock").then().statusCode(200);
    }

    @Test
    void generatedRequestsForEveryOperationNeverFailTheServer() {
        Communes.Commune c = Communes.create();
        OpenApiFuzzer.Result result = OpenApiFuzzer.ofRunningApp()
                .caller("admin", Communes.adminToken())
                .caller("office", c.officeToken())
                .caller("board", c.boardToken())
                .knownIds(List.of(c.city().id(), c.commune().id(), c.office().id(), c.village().id()))
                .run();
        System.out.println(result.summary("award-service"));
        assertEquals("", result.failures(), result.summary("award-service"));
    }
}
