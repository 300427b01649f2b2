package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.plan.service.DemoDataLoader;
import vn.thiduaso.plan.service.PlanService.PlanView;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.TestKafka;

@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    DemoDataLoader loader;

    @Test
    void demoCommunesAccountsAndIssuedPlansLoadOnceAndAreScoped() throws Exception {
        List<PlanView> issued = loader.load();
        assertEquals(3, issued.size(), "one issued plan per seed commune");
        assertTrue(issued.stream().allMatch(p -> "ISSUED".equals(p.plan().status.name())));
        assertTrue(loader.load().isEmpty(), "loading twice changes nothing");

        String office = login("kienan.office");
        given().header("Authorization", "Bearer " + office).when().get("/api/v1/plans")
                .then().statusCode(200)
                .body("items.issuingUnit.name", hasItem("UBND phường Kiến An"))
                .body("items.issuingUnit.name", not(hasItem("UBND xã Vĩnh Linh")));
        // The unit officer of a Kiến An centre sees the plan addressed to it.
        given().header("Authorization", "Bearer " + login("kienan.unit")).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.issuingUnit.path", everyItem(startsWith("/hai-phong/kien-an")));
        // The Hải Phòng board sees both Hải Phòng plans, not Quảng Trị's.
        given().header("Authorization", "Bearer " + login("vinhbao.board")).when().get("/api/v1/plans")
                .then().statusCode(200)
                .body("items.issuingUnit.path", hasItem("/hai-phong/vinh-bao"))
                .body("items.issuingUnit.path", hasItem("/hai-phong/kien-an"))
                .body("items.issuingUnit.path", not(hasItem("/quang-tri/vinh-linh")));
        given().header("Authorization", "Bearer " + login("admin")).when().get("/api/v1/users?size=200")
                .then().statusCode(200).body("items.username", hasItem("vinhlinh.council"));
        // Kiến An's council has five members (the award cycle's e-ballot), one of them in kienan.unit's unit.
        given().header("Authorization", "Bearer " + login("admin")).when().get("/api/v1/users?size=200&q=kienan.council")
                .then().statusCode(200)
                .body("items.username", hasItems("kienan.council", "kienan.council2", "kienan.council3",
                        "kienan.council4", "kienan.council5"));
        login("kienan.council5");
        assertEquals(5, vn.thiduaso.platform.test.TestDatabase.count(UnitResourceTest.DB,
                "select count(*) from app_user u join unit x on x.id = u.unit_id where u.username like 'kienan.council%'"
                        + " and x.path like '/hai-phong/kien-an/%' and 'council' = any(u.roles) and u.active"));
        assertEquals(1, vn.thiduaso.platform.test.TestDatabase.count(UnitResourceTest.DB,
                "select count(*) from app_user c, app_user u where u.username = 'kienan.unit'"
                        + " and c.username like 'kienan.council%' and c.unit_id = u.unit_id"));

        // The seed plans load in full structure: what each seed is known for is there as data.
        String admin = login("admin");
        PlanView vinhBao = byCode(issued, "vinh-bao");
        given().header("Authorization", "Bearer " + admin).get("/api/v1/plans/" + vinhBao.plan().id).then().statusCode(200)
                .body("movements.name", hasItems("Cả nước thi đua đổi mới sáng tạo và chuyển đổi số", "Bình dân học vụ số"))
                .body("contents", hasSize(6))
                .body("reportingObligations[0].dueDay", equalTo(5)).body("reportingObligations[0].dueMonth", equalTo(12));
        given().header("Authorization", "Bearer " + admin).get("/api/v1/plans/" + byCode(issued, "vinh-linh").plan().id)
                .then().statusCode(200)
                .body("reportingObligations.secondHop.dueDay", hasItem(15))
                .body("reportingObligations.secondHop.dueMonth", hasItem(11))
                .body("criteriaGroups", hasSize(4));
        given().header("Authorization", "Bearer " + admin).get("/api/v1/plans/" + byCode(issued, "kien-an").plan().id)
                .then().statusCode(200)
                .body("awardForms", hasSize(6))
                .body("targets.values.flatten().year", hasItems(2025, 2026));
        // Units carry their head and contacts.
        given().header("Authorization", "Bearer " + admin).queryParam("q", "Phòng Kinh tế").get("/api/v1/units")
                .then().statusCode(200).body("items.headName", hasItem("Nguyễn Văn Khánh"));
        // Each commune has its (invented) emulation cluster; an office sees only its own commune's.
        given().header("Authorization", "Bearer " + login("vinhbao.office")).get("/api/v1/clusters")
                .then().statusCode(200).body("items.name", contains("Khối các thôn xã Vĩnh Bảo"));
        // Thôn 1 answers the Vĩnh Bảo plan with its own issued plan.
        given().header("Authorization", "Bearer " + login("vinhbao.office")).get("/api/v1/plans/" + vinhBao.plan().id + "/unit-plans")
                .then().statusCode(200).body("findAll { it.status == 'ISSUED' }.unit.name", hasItem("Thôn 1"));

        try (TestKafka.TopicProbe plans = TestKafka.probe(Topics.PLANS)) {
            plans.await(Duration.ofSeconds(20), "\"PlanIssued\"", "\"dueDay\":5", "Vĩnh Bảo");
        }
    }

    private static PlanView byCode(List<PlanView> plans, String communeCode) {
        return plans.stream().filter(p -> p.plan().issuingUnitPath.endsWith("/" + communeCode)).findFirst().orElseThrow();
    }

    private static String login(String username) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"thidua-demo\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("accessToken");
    }
}
