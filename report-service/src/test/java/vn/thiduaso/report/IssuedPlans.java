package vn.thiduaso.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.platform.test.Tokens;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.messaging.DirectoryUnitsConsumer;
import vn.thiduaso.report.messaging.PlanEventsConsumer;
import vn.thiduaso.report.repository.ReportingPeriodRepository;

/**
 * Fresh communes (random ids and paths, so tests never see each other's data) and PlanIssued
 * events for them, written as plain JSON exactly as docs/events.md describes them: the producer's
 * classes are not used, so a drift from the contract shows up here.
 */
@ApplicationScoped
public class IssuedPlans {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Unit(UUID id, String name, String path) {
    }

    /** A city with one commune: its lead office (the recipient of reports) and two reporting units. */
    public record Commune(String key, Unit city, Unit commune, Unit office, Unit village, Unit school) {

        public String officeToken() {
            return Tokens.role("office").user(UUID.randomUUID(), key + ".office").unit(office.id(), office.path())
                    .scope(commune.path()).bearer();
        }

        public String leaderToken() {
            return Tokens.role("leader").unit(commune.id(), commune.path()).scope(commune.path()).bearer();
        }

        public String councilToken() {
            return Tokens.role("council").unit(office.id(), office.path()).scope(commune.path()).bearer();
        }

        public String boardToken() {
            return Tokens.role("board").unit(city.id(), city.path()).bearer();
        }

        /** The focal officer of one unit: scope is the unit itself. */
        public String unitToken(Unit unit) {
            return Tokens.role("unit").user(UUID.randomUUID(), key + "." + unit.path().substring(unit.path().lastIndexOf('/') + 1))
                    .unit(unit.id(), unit.path()).bearer();
        }
    }

    public record Obligation(UUID id, String title, Unit recipient, int dueDay, int dueMonth, int firstYear,
            int lastYear) {
    }

    public record Plan(UUID id, String number, String title, Commune commune, List<Unit> addressees,
            List<Obligation> obligations) {

        public Plan withObligation(Obligation obligation) {
            List<Obligation> all = new ArrayList<>(obligations);
            all.add(obligation);
            return new Plan(id, number, title, commune, addressees, all);
        }

        /** A PlanIssued v1 envelope with a fresh eventId. */
        public String envelope() {
            return envelope(UUID.randomUUID());
        }

        public String envelope(UUID eventId) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("planId", id.toString());
            payload.put("number", number);
            payload.put("title", title);
            payload.put("issuingUnitId", commune.commune().id().toString());
            payload.put("issuingUnitPath", commune.commune().path());
            payload.put("issuingUnitName", commune.commune().name());
            payload.put("issuedAt", "2026-01-15T03:15:00Z");
            payload.put("issuedBy", commune.key() + ".leader");
            payload.put("signerName", "Nguyễn Văn Hà");
            payload.put("signerTitle", "Phó Chủ tịch");
            payload.put("addressees", addressees.stream().map(u -> Map.of(
                    "unitId", u.id().toString(), "unitPath", u.path(), "unitName", u.name())).toList());
            payload.put("reportingObligations", obligations.stream().map(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("obligationId", o.id().toString());
                m.put("title", o.title());
                m.put("recipientUnitId", o.recipient().id().toString());
                m.put("recipientUnitPath", o.recipient().path());
                m.put("recipientUnitName", o.recipient().name());
                m.put("dueDay", o.dueDay());
                m.put("dueMonth", o.dueMonth());
                m.put("firstYear", o.firstYear());
                m.put("lastYear", o.lastYear());
                return m;
            }).toList());
            return IssuedPlans.envelope(eventId, "PlanIssued", "plan-service", id, commune.commune().path(), payload);
        }
    }

    /** An obligation of a structured plan (PlanIssued v2 / PlanAmended v1). */
    public record ObligationV2(UUID id, String title, String kind, Unit recipient, Integer dueDay, Integer dueMonth,
            String dueDate, int firstYear, int lastYear, List<Unit> reporters, Map<String, Object> secondHop) {

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("obligationId", id.toString());
            m.put("title", title);
            m.put("kind", kind);
            m.put("recipientUnitId", recipient.id().toString());
            m.put("recipientUnitPath", recipient.path());
            m.put("recipientUnitName", recipient.name());
            m.put("dueDay", dueDay);
            m.put("dueMonth", dueMonth);
            m.put("dueDate", dueDate);
            m.put("firstYear", firstYear);
            m.put("lastYear", lastYear);
            m.put("reporters", reporters.stream().map(u -> Map.of(
                    "unitId", u.id().toString(), "unitPath", u.path(), "unitName", u.name())).toList());
            m.put("secondHop", secondHop);
            m.put("addedLater", Map.of("ignored", true));
            return m;
        }
    }

    /** A PlanIssued v2 (or, with a reason, PlanAmended v1) envelope of one issued version. */
    public static String versionEnvelope(String type, Plan plan, int planVersion, List<ObligationV2> obligations) {
        Commune commune = plan.commune();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("planId", plan.id().toString());
        payload.put("planVersion", planVersion);
        payload.put("number", plan.number());
        payload.put("title", plan.title());
        payload.put("issuingUnitId", commune.commune().id().toString());
        payload.put("issuingUnitPath", commune.commune().path());
        payload.put("issuingUnitName", commune.commune().name());
        payload.put("issuedAt", "2026-01-15T03:15:00Z");
        payload.put("issuedBy", commune.key() + ".leader");
        payload.put("addressees", plan.addressees().stream().map(u -> Map.of(
                "unitId", u.id().toString(), "unitPath", u.path(), "unitName", u.name())).toList());
        payload.put("startYear", 2025);
        payload.put("endYear", 2030);
        payload.put("movementIds", List.of(UUID.randomUUID().toString()));
        payload.put("reportingObligations", obligations.stream().map(ObligationV2::json).toList());
        // Targets as plan-service sends them (strict comparisons, a year's own comparison and note): report-service
        // does not read them and must not refuse the event for them.
        payload.put("targets", List.of(Map.of("code", "CT01", "name", "Cán bộ có kỹ năng số", "percentage", true,
                "comparison", "GT", "values", List.of(Map.of("year", 2025, "value", 80, "comparison", "LT",
                        "note", "trong khu vực công")))));
        if ("PlanAmended".equals(type)) {
            payload.put("amendmentReason", "Điều chỉnh thời hạn báo cáo");
            payload.put("changedParts", List.of("reportingObligations"));
        }
        return TestEvents.envelope(UUID.randomUUID(), type, "PlanIssued".equals(type) ? 2 : 1,
                Instant.parse("2026-01-15T03:15:00Z"), "plan-service", plan.id().toString(), commune.commune().path(),
                payload);
    }

    public static String closedEnvelope(Plan plan) {
        return TestEvents.envelope(UUID.randomUUID(), "PlanClosed", 1, Instant.parse("2026-02-15T03:15:00Z"),
                "plan-service", plan.id().toString(), plan.commune().commune().path(),
                Map.of("planId", plan.id().toString(), "closedAt", "2026-02-15T03:15:00Z", "closedBy", "leader",
                        "reason", "Phong trào kết thúc"));
    }

    /**
     * The parts of a structured plan a report is written against: content 1 (with child 1.1) and 2; CT01
     * a percentage target for everyone (2025: ≥ 70, 2026: ≥ 80, 2027: > 90); CT02 a count for villages
     * only (2026: ≥ 10, 2027: ≥ 12); CT03 for schools only (2026: ≤ 5); one award form.
     */
    public record Structure(UUID content1, UUID content11, UUID content2, UUID percentTarget, UUID villageTarget,
            UUID schoolTarget, String awardForm) {

        public static Structure fresh() {
            return new Structure(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), "giay-khen-chu-tich-ubnd-xa");
        }

        List<Object> contents() {
            return List.of(
                    Map.of("id", content1.toString(), "number", "1", "title", "Thi đua chuyển đổi số",
                            "children", List.of(Map.of("id", content11.toString(), "number", "1.1",
                                    "title", "Kỹ năng số cho người dân", "children", List.of()))),
                    Map.of("id", content2.toString(), "number", "2", "title", "Xây dựng nông thôn mới",
                            "children", List.of()));
        }

        List<Object> targets() {
            Map<String, Object> percent = new LinkedHashMap<>();
            percent.put("id", percentTarget.toString());
            percent.put("code", "CT01");
            percent.put("name", "Tỷ lệ hộ gia đình sử dụng dịch vụ công trực tuyến");
            percent.put("unitOfMeasure", "%");
            percent.put("percentage", true);
            percent.put("comparison", "GTE");
            percent.put("numeratorDescription", "Số hộ sử dụng");
            percent.put("denominatorDescription", "Tổng số hộ");
            percent.put("targetGroup", null);
            percent.put("contentId", content1.toString());
            percent.put("values", List.of(Map.of("year", 2025, "value", 70),
                    Map.of("year", 2026, "value", 80, "note", "trong toàn xã"),
                    Map.of("year", 2027, "value", 90, "comparison", "GT")));
            Map<String, Object> village = new LinkedHashMap<>();
            village.put("id", villageTarget.toString());
            village.put("code", "CT02");
            village.put("name", "Số buổi tập huấn kỹ năng số");
            village.put("unitOfMeasure", "buổi");
            village.put("percentage", false);
            village.put("comparison", "GTE");
            village.put("targetGroup", "VILLAGES");
            village.put("values", List.of(Map.of("year", 2026, "value", 10), Map.of("year", 2027, "value", 12)));
            Map<String, Object> school = new LinkedHashMap<>();
            school.put("id", schoolTarget.toString());
            school.put("code", "CT03");
            school.put("name", "Tỷ lệ học sinh bỏ học");
            school.put("unitOfMeasure", "%");
            school.put("percentage", false);
            school.put("comparison", "LTE");
            school.put("targetGroup", "SCHOOLS");
            school.put("values", List.of(Map.of("year", 2026, "value", 5)));
            return List.of(percent, village, school);
        }

        List<Object> awardForms() {
            return List.of(Map.of("code", awardForm, "recipientGroups", List.of("VILLAGES", "SCHOOLS"),
                    "occasions", List.of("ANNUAL")));
        }
    }

    /** PlanIssued v2 of a structured plan: its obligations and the parts of {@code structure}. */
    public static String structuredEnvelope(Plan plan, int planVersion, List<ObligationV2> obligations,
            Structure structure) {
        Commune commune = plan.commune();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("planId", plan.id().toString());
        payload.put("planVersion", planVersion);
        payload.put("number", plan.number());
        payload.put("title", plan.title());
        payload.put("issuingUnitId", commune.commune().id().toString());
        payload.put("issuingUnitPath", commune.commune().path());
        payload.put("issuingUnitName", commune.commune().name());
        payload.put("issuedAt", "2025-01-15T03:15:00Z");
        payload.put("addressees", plan.addressees().stream().map(u -> Map.of(
                "unitId", u.id().toString(), "unitPath", u.path(), "unitName", u.name())).toList());
        payload.put("startYear", 2025);
        payload.put("endYear", 2030);
        payload.put("reportingObligations", obligations.stream().map(ObligationV2::json).toList());
        payload.put("contents", structure.contents());
        payload.put("targets", structure.targets());
        payload.put("awardForms", structure.awardForms());
        return TestEvents.envelope(UUID.randomUUID(), "PlanIssued", 2, Instant.parse("2025-01-15T03:15:00Z"),
                "plan-service", plan.id().toString(), commune.commune().path(), payload);
    }

    /** A structured plan as issued, with the ids of what it opened. */
    public record Structured(Plan plan, Structure structure, UUID obligationId) {
    }

    /**
     * Issues (synchronously) a structured plan of {@code c}: one obligation of {@code kind} for the
     * village and the school, due {@code dueDay/dueMonth} of each year first..last, with the commune's
     * units known to the directory (kinds decide the targets that apply).
     */
    public Structured issueStructured(Commune c, String kind, int dueDay, int dueMonth, int firstYear, int lastYear) {
        directory(c);
        Plan plan = plan(c, firstYear, lastYear);
        Structure structure = Structure.fresh();
        ObligationV2 obligation = new ObligationV2(UUID.randomUUID(), "Báo cáo kết quả thực hiện Phong trào thi đua",
                kind, c.office(), dueDay, dueMonth, null, firstYear, lastYear, List.of(c.village(), c.school()), null);
        deliver(structuredEnvelope(plan, 1, List.of(obligation), structure));
        return new Structured(plan, structure, obligation.id());
    }

    /** The commune's units in the directory read model, with their kinds. */
    public void directory(Commune c) {
        units.onUnitEvent(unitUpserted(c.commune(), "COMMUNE"));
        units.onUnitEvent(unitUpserted(c.office(), "OFFICE"));
        units.onUnitEvent(unitUpserted(c.village(), "VILLAGE"));
        units.onUnitEvent(unitUpserted(c.school(), "SCHOOL"));
    }

    private final PlanEventsConsumer consumer;
    private final DirectoryUnitsConsumer units;
    private final ReportingPeriodRepository periods;

    public IssuedPlans(PlanEventsConsumer consumer, DirectoryUnitsConsumer units, ReportingPeriodRepository periods) {
        this.consumer = consumer;
        this.units = units;
        this.periods = periods;
    }

    public Commune commune() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Unit city = new Unit(UUID.randomUUID(), "Thành phố Thử nghiệm " + key, "/tp-" + key);
        return communeIn(city, key);
    }

    /** Another commune of the same city (the board's scope covers both). */
    public Commune neighbourOf(Commune c) {
        return communeIn(c.city(), UUID.randomUUID().toString().substring(0, 8));
    }

    private static Commune communeIn(Unit city, String key) {
        Unit commune = new Unit(UUID.randomUUID(), "UBND xã Vĩnh Thử " + key, city.path() + "/xa-" + key);
        Unit office = new Unit(UUID.randomUUID(), "Phòng Văn hóa - Xã hội", commune.path() + "/phong-vhxh");
        Unit village = new Unit(UUID.randomUUID(), "Thôn Đông", commune.path() + "/thon-dong");
        Unit school = new Unit(UUID.randomUUID(), "Trường Tiểu học Vĩnh Thử", commune.path() + "/th-vinh-thu");
        return new Commune(key, city, commune, office, village, school);
    }

    /** Any other unit of the commune (not addressed by the plans built here). */
    public static Unit otherUnit(Commune c, String code, String name) {
        return new Unit(UUID.randomUUID(), name, c.commune().path() + "/" + code);
    }

    /** A plan addressed to the village and the school, reporting to the office before 05/12 each year. */
    public Plan plan(Commune c, int firstYear, int lastYear) {
        return new Plan(UUID.randomUUID(), "150/KH-UBND", "Kế hoạch thực hiện Phong trào thi đua " + c.key(), c,
                List.of(c.village(), c.school()),
                List.of(obligation(c, 5, 12, firstYear, lastYear)));
    }

    public static Obligation obligation(Commune c, int dueDay, int dueMonth, int firstYear, int lastYear) {
        return new Obligation(UUID.randomUUID(), "Báo cáo kết quả thực hiện Phong trào thi đua", c.office(), dueDay,
                dueMonth, firstYear, lastYear);
    }

    /** Delivers the plan's PlanIssued as the Kafka channel would, synchronously (for REST tests). */
    public Plan issue(Plan plan) {
        consumer.onPlanEvent(plan.envelope());
        return plan;
    }

    /** Delivers any plans-topic envelope as the channel would, synchronously. */
    public void deliver(String envelope) {
        consumer.onPlanEvent(envelope);
    }

    /** The requirement of {@code unit} in the period of one obligation and year. */
    @Transactional
    public UUID requirement(UUID obligationId, int year, Unit unit) {
        ReportingPeriod period = periods.find("from ReportingPeriod p where p.obligationId = ?1 and p.year = ?2"
                + " and p.secondHop = false", obligationId, year).singleResult();
        return period.requirementOf(unit.id()).orElseThrow().id;
    }

    /** The id of the reporters' period of one obligation and year. */
    @Transactional
    public UUID opened(UUID planId, UUID obligationId, int year) {
        return periods.find("from ReportingPeriod p where p.planId = ?1 and p.obligationId = ?2 and p.year = ?3"
                + " and p.secondHop = false", planId, obligationId, year).singleResult().id;
    }

    public record Opened(UUID periodId, Map<UUID, UUID> requirementByUnit) {

        public UUID requirementOf(Unit unit) {
            return requirementByUnit.get(unit.id());
        }
    }

    /** The period the plan's first obligation opened for {@code year}, with its requirements by unit id. */
    @Transactional
    public Opened opened(Plan plan, int year) {
        ReportingPeriod period = periods.find("from ReportingPeriod p where p.obligationId = ?1 and p.year = ?2 and p.secondHop = false",
                plan.obligations().get(0).id(), year).singleResult();
        Map<UUID, UUID> byUnit = new LinkedHashMap<>();
        for (ReportRequirement r : period.requirements) {
            byUnit.put(r.unitId, r.id);
        }
        return new Opened(period.id, byUnit);
    }

    /** A UnitUpserted v1 envelope. */
    public static String unitUpserted(Unit unit, String kind) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", unit.id().toString());
        payload.put("code", unit.path().substring(unit.path().lastIndexOf('/') + 1));
        payload.put("name", unit.name());
        payload.put("kind", kind);
        payload.put("path", unit.path());
        payload.put("parentId", null);
        return envelope(UUID.randomUUID(), "UnitUpserted", "plan-service", unit.id(), unit.path(), payload);
    }

    public static String envelope(UUID eventId, String type, String producer, UUID aggregateId, String unitPath,
            Map<String, Object> payload) {
        return TestEvents.envelope(eventId, type, 1, Instant.parse("2026-01-15T03:15:00Z"), producer,
                aggregateId.toString(), unitPath, payload);
    }
}
