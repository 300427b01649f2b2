package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.report.CycleFixtures.ratio;
import static vn.thiduaso.report.CycleFixtures.value;
import static vn.thiduaso.report.CycleFixtures.written;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thiduaso.platform.time.OffsetClock;
import vn.thiduaso.report.CycleFixtures;
import vn.thiduaso.report.CycleFixtures.Structured;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;

@QuarkusTest
class DashboardResourceTest {

    @Inject
    IssuedPlans plans;

    @Inject
    CycleFixtures cycle;

    @Inject
    OffsetClock clock;

    /** The scenario's "today": 2025's reports are due and past, 2026's not yet (whatever day the suite runs). */
    @BeforeEach
    void standOnTheFirstOfDecember2026() {
        clock.standAt(Instant.parse("2026-12-01T03:00:00Z"));
    }

    @AfterEach
    void backToRealTime() {
        clock.setOffset(null);
    }

    /**
     * 2025 (due before 05/12/2025, passed): the village on time and accepted, the school late, the MTTQ
     * nothing. 2026 (due before 05/12/2026, not yet): the village on time and accepted, the school's
     * report returned (new deadline 10/12/2026), the MTTQ nothing yet.
     */
    private Structured cycleOf(Commune c) {
        Structured s = cycle.issue(c, 2025, 2026, null);
        UUID y2025 = cycle.period(s.annual(), 2025, false);
        UUID y2026 = cycle.period(s.annual(), 2026, false);
        cycle.report(y2025, c.village(), written("", Map.of(), Map.of(s.ct01(), ratio("120", "150"), s.ct02(), value("12"))),
                Instant.parse("2025-11-20T03:00:00Z"), true);
        cycle.report(y2025, c.school(), written("", Map.of(), Map.of(s.ct01(), ratio("150", "150"))),
                Instant.parse("2025-12-10T03:00:00Z"), false);
        cycle.report(y2026, c.village(), written("", Map.of(), Map.of(s.ct01(), ratio("85", "100"), s.ct02(), value("31"))),
                Instant.parse("2026-11-20T03:00:00Z"), true);
        UUID returned = cycle.report(y2026, c.school(), written("", Map.of(), Map.of(s.ct01(), ratio("10", "100"))),
                Instant.parse("2026-11-21T03:00:00Z"), false);
        cycle.returnReport(returned, "Thiếu số liệu mẫu số", LocalDate.of(2026, 12, 10));
        return s;
    }

    @Test
    void officeSeesCompletenessAndTimelinessPerUnitPerKindAndInTotal() {
        Commune c = plans.commune();
        Structured s = cycleOf(c);

        JsonPath json = given().header("Authorization", c.officeToken())
                .queryParam("year", 2025).queryParam("secondHop", false)
                .when().get("/api/v1/dashboards/completeness")
                .then().statusCode(200)
                .body("totals.expected", equalTo(3))
                .body("totals.submitted", equalTo(2))
                .body("totals.onTime", equalTo(1))
                .body("totals.late", equalTo(1))
                .body("totals.accepted", equalTo(1))
                .body("totals.returned", equalTo(0))
                .body("totals.missing", equalTo(1))
                .body("totals.notYetDue", equalTo(0))
                .body("byUnitKind.unitKind", containsInAnyOrder("VILLAGE", "SCHOOL", "MASS_ORGANISATION"))
                .body("byUnitKind.find { it.unitKind == 'SCHOOL' }.counts.late", equalTo(1))
                .body("byUnitKind.find { it.unitKind == 'MASS_ORGANISATION' }.counts.missing", equalTo(1))
                .body("byCommune.size()", equalTo(1))
                .body("byCommune[0].communeName", equalTo(c.commune().name()))
                .body("periods.size()", equalTo(1))
                .body("periods[0].year", equalTo(2025))
                .body("periods[0].id", equalTo(cycle.period(s.annual(), 2025, false).toString()))
                .body("periods[0].planId", equalTo(s.planId().toString()))
                .body("byUnit.unitName", containsInAnyOrder("Thôn Đông", "Trường Tiểu học Vĩnh Thử", "Ủy ban MTTQ Việt Nam xã"))
                .body("byUnit.find { it.unitName == 'Thôn Đông' }.status", equalTo("ACCEPTED"))
                .body("byUnit.find { it.unitName == 'Thôn Đông' }.state", equalTo("ON_TIME"))
                .body("byUnit.find { it.unitName == 'Trường Tiểu học Vĩnh Thử' }.state", equalTo("LATE"))
                .body("byUnit.find { it.unitName == 'Trường Tiểu học Vĩnh Thử' }.late", equalTo(true))
                .body("byUnit.find { it.unitName == 'Ủy ban MTTQ Việt Nam xã' }.status", equalTo("NOT_STARTED"))
                .body("byUnit.find { it.unitName == 'Ủy ban MTTQ Việt Nam xã' }.state", equalTo("MISSING"))
                .body("byUnitTruncated", equalTo(false))
                .extract().jsonPath();
        // late by 10/12 03:00 UTC − 04/12 17:00 UTC = 5 days 10 hours
        long late = json.getLong("byUnit.find { it.unitName == 'Trường Tiểu học Vĩnh Thử' }.lateSeconds");
        assertEquals(5 * 86_400 + 10 * 3600, late);

        // 2026 is not due yet: the returned school and the MTTQ are "not yet due"; the second hops (one per year) count too
        given().header("Authorization", c.officeToken()).queryParam("year", 2026)
                .when().get("/api/v1/dashboards/completeness")
                .then().statusCode(200)
                .body("totals.expected", equalTo(4))
                .body("totals.onTime", equalTo(1))
                .body("totals.returned", equalTo(1))
                .body("totals.notYetDue", equalTo(3))
                .body("totals.missing", equalTo(0))
                .body("periods.secondHop", containsInAnyOrder(false, true))
                .body("byUnit.find { it.secondHop }.unitName", equalTo(c.commune().name()))
                .body("byUnit.find { it.unitName == 'Trường Tiểu học Vĩnh Thử' }.status", equalTo("RETURNED"));
        given().header("Authorization", c.officeToken()).queryParam("unitKind", "VILLAGE")
                .when().get("/api/v1/dashboards/completeness")
                .then().statusCode(200).body("totals.expected", equalTo(2)).body("totals.onTime", equalTo(2));
    }

    @Test
    void theBoardSeesEveryCommuneOfItsCityAndAnotherOfficeSeesNothingOfIt() {
        Commune c = plans.commune();
        cycleOf(c);
        Commune neighbour = plans.neighbourOf(c);
        cycleOf(neighbour);

        given().header("Authorization", c.boardToken()).queryParam("year", 2025).queryParam("secondHop", false)
                .when().get("/api/v1/dashboards/completeness")
                .then().statusCode(200)
                .body("totals.expected", equalTo(6))
                .body("totals.missing", equalTo(2))
                .body("byCommune.communeName", containsInAnyOrder(c.commune().name(), neighbour.commune().name()))
                .body("byCommune.find { it.communeId == '" + c.commune().id() + "' }.counts.onTime", equalTo(1));
        given().header("Authorization", c.boardToken()).queryParam("year", 2025).queryParam("secondHop", true)
                .when().get("/api/v1/dashboards/completeness")
                .then().statusCode(200)
                .body("totals.expected", equalTo(2))
                .body("totals.missing", equalTo(2))
                .body("byUnit.unitName", containsInAnyOrder(c.commune().name(), neighbour.commune().name()));
        given().header("Authorization", neighbour.officeToken()).queryParam("year", 2025).queryParam("secondHop", false)
                .when().get("/api/v1/dashboards/completeness")
                .then().statusCode(200).body("totals.expected", equalTo(3))
                .body("byCommune.communeName", contains(neighbour.commune().name()));
        given().header("Authorization", neighbour.officeToken()).queryParam("unitPath", c.commune().path())
                .when().get("/api/v1/dashboards/completeness").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", c.boardToken()).queryParam("unitPath", c.commune().path())
                .queryParam("year", 2025).queryParam("secondHop", false)
                .when().get("/api/v1/dashboards/completeness").then().statusCode(200).body("totals.expected", equalTo(3));
    }

    @Test
    void attainmentShowsEachUnitAgainstTheTargetAndTheTrendOverYears() {
        Commune c = plans.commune();
        Structured s = cycleOf(c);

        JsonPath json = given().header("Authorization", c.leaderToken()).queryParam("planId", s.planId())
                .queryParam("year", 2025)
                .when().get("/api/v1/dashboards/attainment")
                .then().statusCode(200)
                .body("targets.targetCode", contains("CT01", "CT02"))
                .body("targets[0].communeName", equalTo(c.commune().name()))
                .body("targets[0].percentage", equalTo(true))
                .body("targets[0].comparison", equalTo("GTE"))
                .body("targets[0].units.unitName", contains("Thôn Đông", "Trường Tiểu học Vĩnh Thử"))
                .body("targets[0].trend.year", contains(2025, 2026))
                .extract().jsonPath();
        // 2025: (120 + 150) / (150 + 150) = 90 % ≥ 70 %; the village 80 %, the school 100 %
        assertEquals(90.0, json.getDouble("targets[0].value"));
        assertEquals(270.0, json.getDouble("targets[0].numerator"));
        assertEquals(300.0, json.getDouble("targets[0].denominator"));
        assertEquals(70.0, json.getDouble("targets[0].targetValue"));
        assertTrue(json.getBoolean("targets[0].attained"));
        assertEquals(80.0, json.getDouble("targets[0].units[0].value"));
        assertEquals(100.0, json.getDouble("targets[0].units[1].value"));
        assertTrue(json.getBoolean("targets[0].units[0].attained"));
        // 2026: only the village's accepted report counts (the school's was returned): 85 % ≥ 80 %
        assertEquals(85.0, json.getDouble("targets[0].trend[1].value"));
        assertEquals(80.0, json.getDouble("targets[0].trend[1].targetValue"));
        assertTrue(json.getBoolean("targets[0].trend[1].attained"));
        // CT02: 12 < 20 in 2025
        assertEquals(12.0, json.getDouble("targets[1].value"));
        assertEquals(false, json.getBoolean("targets[1].attained"));
        assertEquals(s.planId().toString(), json.getString("planId"));
        assertEquals(List.of("CT01", "CT01", "CT02", "CT02"), json.getList("byCode.code"));

        given().header("Authorization", c.officeToken()).queryParam("planId", s.planId())
                .queryParam("targetId", s.ct02()).when().get("/api/v1/dashboards/attainment")
                .then().statusCode(200).body("targets.targetCode", contains("CT02")).body("targets[0].year", equalTo(2026));
    }

    @Test
    void missingListsWhoHasNotSubmittedWithTheirContacts() {
        Commune c = plans.commune();
        Structured s = cycleOf(c);
        UUID y2025 = cycle.period(s.annual(), 2025, false);

        given().header("Authorization", c.officeToken()).queryParam("periodId", y2025)
                .when().get("/api/v1/dashboards/missing")
                .then().statusCode(200)
                .body("items.unitName", contains("Ủy ban MTTQ Việt Nam xã"))
                .body("items[0].headName", equalTo("Hoàng Văn Mặt"))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].periodId", equalTo(y2025.toString()))
                .body("items[0].requirementId", equalTo(cycle.requirement(y2025, s.mttq()).toString()));
        given().header("Authorization", c.officeToken()).queryParam("year", 2026)
                .when().get("/api/v1/dashboards/missing")
                .then().statusCode(200)
                .body("items.unitName", containsInAnyOrder("Trường Tiểu học Vĩnh Thử", "Ủy ban MTTQ Việt Nam xã", c.commune().name()))
                .body("items.find { it.unitName == 'Trường Tiểu học Vĩnh Thử' }.reportStatus", equalTo("RETURNED"))
                .body("items.find { it.unitName == 'Trường Tiểu học Vĩnh Thử' }.email", equalTo("thvinhthu@" + c.key() + ".edu.vn"))
                .body("items.find { it.unitName == 'Trường Tiểu học Vĩnh Thử' }.dueDate", equalTo("2026-12-10"))
                .body("items.overdue", not(hasItem(true)));
        given().header("Authorization", c.officeToken()).queryParam("overdueOnly", true)
                .when().get("/api/v1/dashboards/missing")
                .then().statusCode(200).body("items.unitName", containsInAnyOrder("Ủy ban MTTQ Việt Nam xã", c.commune().name()));
    }

    @Test
    void theTablesDownloadAsXlsxWithVietnameseHeaders() throws Exception {
        Commune c = plans.commune();
        Structured s = cycleOf(c);

        byte[] completeness = given().header("Authorization", c.officeToken()).queryParam("year", 2025)
                .queryParam("secondHop", false)
                .when().get("/api/v1/dashboards/completeness.xlsx")
                .then().statusCode(200).contentType(DashboardResource.XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"tinh-hinh-bao-cao-2025.xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(completeness))) {
            Sheet summary = wb.getSheet("Tổng hợp");
            assertEquals(List.of("Nhóm", "Tên", "Phải báo cáo", "Đã gửi", "Đúng hạn", "Muộn", "Bị trả lại", "Đã tiếp nhận",
                    "Quá hạn chưa gửi", "Chưa đến hạn"), cells(summary.getRow(2)));
            assertEquals(List.of("Tổng cộng", "", "3", "2", "1", "1", "0", "1", "1", "0"), cells(summary.getRow(3)));
            assertTrue(rows(summary).contains(List.of("Xã, phường", c.commune().name(), "3", "2", "1", "1", "0", "1", "1", "0")));
            Sheet units = wb.getSheet("Theo đơn vị");
            assertEquals("Đơn vị", cells(units.getRow(2)).get(2));
            List<List<String>> rows = rows(units);
            assertTrue(rows.stream().anyMatch(r -> r.contains("Ủy ban MTTQ Việt Nam xã") && r.contains("Quá hạn chưa gửi")
                    && r.contains("Chưa lập") && r.contains("Tổ chức chính trị - xã hội")), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.contains("Trường Tiểu học Vĩnh Thử") && r.contains("Muộn")
                    && r.contains("130") && r.contains("10/12/2025 10:00")), rows.toString());
        }

        byte[] attainment = given().header("Authorization", c.officeToken()).queryParam("planId", s.planId())
                .queryParam("year", 2025)
                .when().get("/api/v1/dashboards/attainment.xlsx")
                .then().statusCode(200).contentType(DashboardResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(attainment))) {
            Sheet targets = wb.getSheet("Chỉ tiêu");
            assertEquals(List.of("STT", "Xã, phường", "Mã", "Chỉ tiêu", "Đơn vị tính", "Năm", "Chỉ tiêu của xã", "Kết quả",
                    "Tổng tử số", "Tổng mẫu số", "Số đơn vị báo cáo", "Đánh giá"), cells(targets.getRow(2)));
            assertEquals(List.of("1", c.commune().name(), "CT01", "Tỷ lệ hộ gia đình được hướng dẫn kỹ năng số", "%", "2025",
                    "70", "90", "270", "300", "2", "Đạt"), cells(targets.getRow(3)));
            List<List<String>> units = rows(wb.getSheet("Theo đơn vị"));
            assertTrue(units.stream().anyMatch(r -> r.contains("Thôn Đông") && r.contains("80") && r.contains("Đạt")), units.toString());
            Sheet trend = wb.getSheet("Qua các năm");
            assertEquals(List.of("STT", "Xã, phường", "Mã", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2026"), cells(trend.getRow(2)));
            assertEquals(List.of("1", c.commune().name(), "CT01", "Tỷ lệ hộ gia đình được hướng dẫn kỹ năng số", "%", "90", "85"),
                    cells(trend.getRow(3)));
        }
    }

    @Test
    void unitsAndTheCouncilSeeNoDashboardAndBadFiltersNameTheField() {
        Commune c = plans.commune();
        for (String path : List.of("/api/v1/dashboards/completeness", "/api/v1/dashboards/attainment",
                "/api/v1/dashboards/missing", "/api/v1/dashboards/completeness.xlsx", "/api/v1/dashboards/attainment.xlsx")) {
            given().header("Authorization", c.unitToken(c.village())).when().get(path)
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", c.councilToken()).when().get(path).then().statusCode(403);
            given().when().get(path).then().statusCode(401);
        }
        given().header("Authorization", c.officeToken()).queryParam("year", 1999)
                .when().get("/api/v1/dashboards/completeness")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().header("Authorization", c.officeToken()).queryParam("unitKind", "village")
                .when().get("/api/v1/dashboards/completeness").then().statusCode(400).body("errors[0].field", equalTo("unitKind"));
        given().header("Authorization", c.officeToken()).queryParam("limit", 0)
                .when().get("/api/v1/dashboards/missing").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", c.officeToken()).queryParam("planId", "not-a-uuid")
                .when().get("/api/v1/dashboards/attainment").then().statusCode(400).body("errors[0].field", equalTo("planId"));
        given().header("Authorization", c.officeToken()).queryParam("periodId", UUID.randomUUID())
                .when().get("/api/v1/dashboards/missing").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null) {
                out.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                double d = cell.getNumericCellValue();
                out.add(d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d));
            } else {
                out.add(cell.getStringCellValue());
            }
        }
        return out;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : sheet) {
            out.add(cells(r));
        }
        return out;
    }
}
