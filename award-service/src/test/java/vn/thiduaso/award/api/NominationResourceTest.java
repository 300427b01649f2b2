package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.thiduaso.award.api.NominationCalls.create;
import static vn.thiduaso.award.api.NominationCalls.createId;
import static vn.thiduaso.award.api.NominationCalls.get;
import static vn.thiduaso.award.api.NominationCalls.individual;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Dossiers;

/** Creating, autosaving and reading dossiers: who may, what is refused with which field, what is stored. */
@QuarkusTest
class NominationResourceTest {

    @Inject
    Dossiers dossiers;

    @Test
    void withoutTokenEveryNominationEndpointIs401() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/nominations")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/nominations").then().statusCode(401);
        given().when().get("/api/v1/nominations/{id}", UUID.randomUUID()).then().statusCode(401);
        given().when().get("/api/v1/nominations/{id}/log", UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON).when().post("/api/v1/nominations/{id}/submit", UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    void unitNominatesAnIndividualAndTheDraftCarriesItsEligibilityAndLog() {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        UUID report = dossiers.acceptedReport(c.village());
        Map<String, Object> body = new HashMap<>(individual(round, "Nguyễn Thị  Hoa", Dossiers.XA));
        body.put("reportIds", List.of(report));

        String id = create(c.unitToken(), body).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/nominations/"))
                .body("status", equalTo("DRAFT"))
                .body("nomineeName", equalTo("Nguyễn Thị Hoa"))
                .body("formName", equalTo("Giấy khen thử nghiệm cấp xã"))
                .body("roundTitle", equalTo("Khen thưởng năm " + Dossiers.YEAR + " " + c.key()))
                .body("nominatingUnit.id", equalTo(c.village().id().toString()))
                .body("nominatingUnit.name", equalTo("Thôn Đông"))
                .body("reports[0].reportId", equalTo(report.toString()))
                .body("eligibility.passed", equalTo(true))
                .body("eligibility.checks.check", hasItems("FORM_OFFERED", "RECIPIENT_KIND", "STANDARDS", "INTERVAL",
                        "DUPLICATE"))
                .body("ruleSetCode", nullValue())
                .extract().path("id");

        get(c.officeToken(), id).statusCode(200).body("nominee.position", equalTo("Trưởng thôn"));
        given().header("Authorization", c.unitToken()).when().get("/api/v1/nominations/{id}/log", id)
                .then().statusCode(200).body("action", contains("CREATED"))
                .body("[0].actor", equalTo("test-unit"));
        given().header("Authorization", c.officeToken()).queryParam("roundId", round).queryParam("q", "nguyen thi hoa")
                .when().get("/api/v1/nominations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void createRefusesBadInputNamingTheFieldAndStoresNothing() {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        UUID otherUnitsReport = dossiers.acceptedReport(c.otherVillage());

        Map<String, Object> notOffered = new HashMap<>(individual(round, "Lê Văn Bình", "giay-khen-khong-co"));
        create(c.unitToken(), notOffered).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("formCode"));

        Map<String, Object> household = new HashMap<>(individual(round, "Lê Văn Bình", Dossiers.TINH));
        household.put("nomineeKind", "HOUSEHOLD");
        household.put("nominee", Map.of("householdHead", "Lê Văn Bình", "address", "Thôn Đông"));
        household.put("standards", List.of(Map.of("code", "t1", "met", true)));
        create(c.unitToken(), household).statusCode(400).body("errors.field", contains("nomineeKind"));

        Map<String, Object> noBirth = new HashMap<>(individual(round, "Lê Văn Bình", Dossiers.XA));
        noBirth.put("nominee", Map.of("fullName", "Lê Văn Bình", "position", "Công an viên"));
        create(c.unitToken(), noBirth).statusCode(400).body("errors.field", contains("nominee.dateOfBirth"));

        Map<String, Object> noName = new HashMap<>(individual(round, "x", Dossiers.XA));
        noName.put("nominee", Map.of("dateOfBirth", "1990-01-01", "position", "Công an viên"));
        create(c.unitToken(), noName).statusCode(400).body("errors.field", contains("nominee.fullName"));

        Map<String, Object> foreignReport = new HashMap<>(individual(round, "Lê Văn Bình", Dossiers.XA));
        foreignReport.put("reportIds", List.of(otherUnitsReport));
        create(c.unitToken(), foreignReport).statusCode(400).body("errors.field", contains("reportIds[0]"));

        given().header("Authorization", c.officeToken()).queryParam("roundId", round)
                .when().get("/api/v1/nominations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aSecondLiveNominationOfTheSameNomineeAndFormIs409NamingNominee() {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        createId(c.unitToken(), individual(round, "Phạm Văn Cường", Dossiers.XA));

        create(c.officeToken(), individual(round, "pham van  cuong", Dossiers.XA)).statusCode(409)
                .contentType("application/problem+json").body("errors.field", contains("nominee"));
        given().header("Authorization", c.officeToken()).queryParam("roundId", round)
                .when().get("/api/v1/nominations").then().body("total", equalTo(1));
    }

    @Test
    void aClosedRoundTakesNoNomination() {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        dossiers.closeRound(round);
        create(c.unitToken(), individual(round, "Đỗ Thị Hằng", Dossiers.XA)).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void councilAndLeaderMayNotNominateAndAnotherCommunesRoundDoesNotExist() {
        Commune c = Communes.create();
        Commune other = Communes.create();
        UUID round = dossiers.openRound(c);
        create(c.councilToken(), individual(round, "Vũ Văn Dũng", Dossiers.XA)).statusCode(403);
        create(c.leaderToken(), individual(round, "Vũ Văn Dũng", Dossiers.XA)).statusCode(403);
        create(other.unitToken(), individual(round, "Vũ Văn Dũng", Dossiers.XA)).statusCode(404);
        create(other.officeToken(), individual(round, "Vũ Văn Dũng", Dossiers.XA)).statusCode(404);
    }

    @Test
    void officeNominatesForAUnitOfItsCommune() {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        Map<String, Object> body = new HashMap<>(individual(round, "Hoàng Văn Em", Dossiers.XA));
        body.put("nominatingUnitId", c.otherVillage().id());
        // only the id of the individual's unit: its name comes from the directory
        body.put("nominee", Map.of("fullName", "Hoàng Văn Em", "dateOfBirth", "1985-04-12", "gender", "Nam",
                "position", "Trưởng thôn", "unitId", c.otherVillage().id()));
        String id = create(c.officeToken(), body).statusCode(201)
                .body("nominatingUnit.name", equalTo("Thôn Tây")).body("nominee.unitName", equalTo("Thôn Tây")).extract().path("id");
        get(c.otherUnitToken(), id).statusCode(200);
        get(c.unitToken(), id).statusCode(404);
    }

    @Test
    void readsOutsideTheCallersScopeAre404() {
        Commune c = Communes.create();
        Commune other = Communes.create();
        String id = createId(c.unitToken(), individual(dossiers.openRound(c), "Bùi Thị Giang", Dossiers.XA));
        get(other.officeToken(), id).statusCode(404).contentType("application/problem+json");
        get(c.otherUnitToken(), id).statusCode(404);
        get(c.boardToken(), id).statusCode(404);
        get(c.leaderToken(), id).statusCode(200);
        get(c.councilToken(), id).statusCode(200);
        get(Communes.adminToken(), id).statusCode(200);
        given().header("Authorization", other.officeToken()).when().get("/api/v1/nominations")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void autosaveKeepsTheVersionAndRefusesAStaleOne() {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        String id = createId(c.unitToken(), individual(round, "Ngô Văn Hải", Dossiers.XA));
        int created = get(c.unitToken(), id).statusCode(200).extract().path("version");
        get(c.officeToken(), id).statusCode(200).body("version", equalTo(created));
        Map<String, Object> body = new HashMap<>(individual(round, "Ngô Văn Hải Nam", Dossiers.XA));
        body.remove("roundId");
        body.put("version", created);
        body.put("standards", List.of(Map.of("code", "s1", "met", true)));
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/nominations/{id}", id).then().statusCode(200)
                .body("nomineeName", equalTo("Ngô Văn Hải Nam")).body("version", equalTo(created + 1))
                .body("eligibility.passed", equalTo(false))
                .body("eligibility.checks.find { it.check == 'STANDARDS' }.passed", equalTo(false));

        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/nominations/{id}", id).then().statusCode(409).body("currentVersion", equalTo(created + 1));
        body.put("version", created + 1);
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/nominations/{id}", id).then().statusCode(403);
        body.put("nominee", Map.of("fullName", "Ngô Văn Hải Nam", "position", "Cán bộ"));
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/nominations/{id}", id).then().statusCode(400)
                .body("errors.field", contains("nominee.dateOfBirth"));
        get(c.unitToken(), id).statusCode(200).body("version", equalTo(created + 1)).body("nominee.dateOfBirth", notNullValue());
    }
}
