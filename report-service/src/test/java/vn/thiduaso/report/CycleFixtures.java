package vn.thiduaso.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Unit;
import vn.thiduaso.report.domain.ContentSection;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingDeadline;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.domain.TargetValue;
import vn.thiduaso.report.messaging.DirectoryUnitsConsumer;
import vn.thiduaso.report.messaging.PlanEventsConsumer;

/**
 * A structured plan (PlanIssued v2, written as plain JSON as docs/events.md describes it) with
 * contents, targets and a second hop, for a fresh commune whose units the directory knows; and unit
 * reports driven through their lifecycle by the domain (submit, accept, return), so that the
 * consolidation and the dashboards have something to add up.
 */
@ApplicationScoped
public class CycleFixtures {

    public static final String RECIPIENT = "Sở Nội vụ thành phố (Ban Thi đua - Khen thưởng)";
    public static final String CONTENT_1 = "Thi đua nâng cao nhận thức, đổi mới tư duy";
    public static final String CONTENT_1A = "Tuyên truyền chuyển đổi số";
    public static final String CONTENT_2 = "Thi đua phát triển hạ tầng số";

    /** The plan's ids: its obligations (annual, and a sơ kết when asked), contents and targets, its third reporter. */
    public record Structured(Commune commune, UUID planId, UUID annual, UUID review, UUID content1, UUID content1a,
            UUID content2, UUID ct01, UUID ct02, Unit mttq) {

        public List<Unit> reporters() {
            return List.of(commune.village(), commune.school(), mttq);
        }
    }

    /** What a unit writes. */
    public record Written(String summary, Map<UUID, String> contents, Map<UUID, BigDecimal[]> values, String difficulties,
            String proposals) {
    }

    private final PlanEventsConsumer plans;
    private final DirectoryUnitsConsumer directory;
    private final EntityManager em;

    public CycleFixtures(PlanEventsConsumer plans, DirectoryUnitsConsumer directory, EntityManager em) {
        this.plans = plans;
        this.directory = directory;
        this.em = em;
    }

    /**
     * Issues a plan of the commune: an annual obligation {@code firstYear..lastYear} (before 05/12, then
     * onwards to the board before 15/12) for the village, the school and the MTTQ, and — with
     * {@code reviewYear} — a sơ kết in that year (before 30/06, onwards before 15/07).
     */
    public Structured issue(Commune c, int firstYear, int lastYear, Integer reviewYear) {
        Unit mttq = IssuedPlans.otherUnit(c, "mttq", "Ủy ban MTTQ Việt Nam xã");
        upsert(c.commune(), "COMMUNE", "Trần Văn Xã", null);
        upsert(c.office(), "OFFICE", "Lê Thị Văn", "vhxh@" + c.key() + ".gov.vn");
        upsert(c.village(), "VILLAGE", "Nguyễn Văn Thôn", "thondong@" + c.key() + ".gov.vn");
        upsert(c.school(), "SCHOOL", "Phạm Thị Trường", "thvinhthu@" + c.key() + ".edu.vn");
        upsert(mttq, "MASS_ORGANISATION", "Hoàng Văn Mặt", null);
        Structured s = new Structured(c, UUID.randomUUID(), UUID.randomUUID(), reviewYear == null ? null : UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), mttq);
        List<Map<String, Object>> obligations = new ArrayList<>();
        obligations.add(obligation(s, s.annual(), "Báo cáo kết quả thực hiện Phong trào thi đua", "ANNUAL", 5, 12,
                firstYear, lastYear, 15, 12));
        if (reviewYear != null) {
            obligations.add(obligation(s, s.review(), "Báo cáo sơ kết Phong trào thi đua", "PRELIMINARY_REVIEW", 30, 6,
                    reviewYear, reviewYear, 15, 7));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("planId", s.planId().toString());
        payload.put("planVersion", 1);
        payload.put("number", "15/KH-UBND");
        payload.put("title", "Kế hoạch thực hiện Phong trào thi đua chuyển đổi số " + c.key());
        payload.put("issuingUnitId", c.commune().id().toString());
        payload.put("issuingUnitPath", c.commune().path());
        payload.put("issuingUnitName", c.commune().name());
        payload.put("issuedAt", "2025-01-15T03:15:00Z");
        payload.put("addressees", s.reporters().stream().map(CycleFixtures::ref).toList());
        payload.put("reportingObligations", obligations);
        payload.put("startYear", firstYear);
        payload.put("endYear", Math.max(lastYear, reviewYear == null ? lastYear : reviewYear));
        payload.put("contents", List.of(
                Map.of("id", s.content1().toString(), "number", "1", "title", CONTENT_1, "children",
                        List.of(Map.of("id", s.content1a().toString(), "number", "a", "title", CONTENT_1A, "children", List.of()))),
                Map.of("id", s.content2().toString(), "number", "2", "title", CONTENT_2, "children", List.of())));
        payload.put("targets", List.of(
                target(s.ct01(), "CT01", "Tỷ lệ hộ gia đình được hướng dẫn kỹ năng số", "%", true,
                        Map.of(2025, 70, 2026, 80, 2027, 85)),
                target(s.ct02(), "CT02", "Số buổi tập huấn kỹ năng số", "buổi", false, Map.of(2025, 20, 2026, 30, 2027, 30))));
        payload.put("awardForms", List.of());
        plans.onPlanEvent(TestEvents.envelope(UUID.randomUUID(), "PlanIssued", 2, Instant.parse("2025-01-15T03:15:00Z"),
                "plan-service", s.planId().toString(), c.commune().path(), payload));
        return s;
    }

    private static Map<String, Object> obligation(Structured s, UUID id, String title, String kind, int day, int month,
            int first, int last, int hopDay, int hopMonth) {
        Commune c = s.commune();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("obligationId", id.toString());
        m.put("title", title);
        m.put("kind", kind);
        m.put("recipientUnitId", c.office().id().toString());
        m.put("recipientUnitPath", c.office().path());
        m.put("recipientUnitName", c.office().name());
        m.put("dueDay", day);
        m.put("dueMonth", month);
        m.put("dueDate", null);
        m.put("firstYear", first);
        m.put("lastYear", last);
        m.put("reporters", s.reporters().stream().map(CycleFixtures::ref).toList());
        m.put("secondHop", Map.of("recipientName", RECIPIENT, "dueDay", hopDay, "dueMonth", hopMonth));
        return m;
    }

    private static Map<String, Object> target(UUID id, String code, String name, String unit, boolean percentage,
            Map<Integer, Integer> values) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id.toString());
        t.put("code", code);
        t.put("name", name);
        t.put("unitOfMeasure", unit);
        t.put("percentage", percentage);
        t.put("comparison", "GTE");
        t.put("numeratorDescription", percentage ? "số hộ được hướng dẫn" : null);
        t.put("denominatorDescription", percentage ? "tổng số hộ" : null);
        t.put("targetGroup", null);
        t.put("contentId", null);
        t.put("values", values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.of("year", e.getKey(), "value", e.getValue())).toList());
        return t;
    }

    private static Map<String, Object> ref(Unit u) {
        return Map.of("unitId", u.id().toString(), "unitPath", u.path(), "unitName", u.name());
    }

    private void upsert(Unit unit, String kind, String head, String email) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", unit.id().toString());
        payload.put("code", unit.path().substring(unit.path().lastIndexOf('/') + 1));
        payload.put("name", unit.name());
        payload.put("kind", kind);
        payload.put("path", unit.path());
        payload.put("parentId", null);
        payload.put("active", true);
        payload.put("headName", head);
        payload.put("email", email);
        directory.onUnitEvent(IssuedPlans.envelope(UUID.randomUUID(), "UnitUpserted", "plan-service", unit.id(),
                unit.path(), payload));
    }

    /** The period of an obligation and year (the reporters', or with {@code secondHop} the commune's own). */
    @Transactional
    public UUID period(UUID obligationId, int year, boolean secondHop) {
        return em.createQuery("select p.id from ReportingPeriod p where p.obligationId = :o and p.year = :y and p.secondHop = :h",
                UUID.class).setParameter("o", obligationId).setParameter("y", year).setParameter("h", secondHop)
                .getSingleResult();
    }

    @Transactional
    public UUID requirement(UUID periodId, Unit unit) {
        return em.createQuery("select r.id from ReportRequirement r where r.period.id = :p and r.unitId = :u", UUID.class)
                .setParameter("p", periodId).setParameter("u", unit.id()).getSingleResult();
    }

    @Transactional
    public String requirementStatus(UUID requirementId) {
        return em.find(ReportRequirement.class, requirementId).status.name();
    }

    /** What a unit writes: a summary, texts per content, values per target ({value} or {numerator, denominator}). */
    public static Written written(String summary, Map<UUID, String> contents, Map<UUID, BigDecimal[]> values) {
        return new Written(summary, contents, values, "", "");
    }

    /** The unit's report written and submitted at {@code submittedAt}; accepted by the office when {@code accept}. */
    @Transactional
    public UUID report(UUID periodId, Unit unit, Written w, Instant submittedAt, boolean accept) {
        ReportRequirement q = em.createQuery("select r from ReportRequirement r where r.period.id = :p and r.unitId = :u",
                ReportRequirement.class).setParameter("p", periodId).setParameter("u", unit.id()).getSingleResult();
        ReportingPeriod period = q.period;
        String by = "unit." + unit.path().substring(unit.path().lastIndexOf('/') + 1);
        Instant created = submittedAt.minusSeconds(86_400);
        Report r = Report.draft(q, w.summary(), by, created);
        List<ContentSection> sections = new ArrayList<>();
        w.contents().forEach((id, text) -> sections.add(new ContentSection(id, text)));
        ReportingPlan plan = em.find(ReportingPlan.class, period.planId);
        List<TargetValue> values = new ArrayList<>();
        w.values().forEach((id, v) -> {
            String code = plan.target(id).map(t -> t.code()).orElse(null);
            values.add(v.length == 1
                    ? new TargetValue(id, code, period.year, v[0], null, null, null)
                    : new TargetValue(id, code, period.year, TargetValue.percentage(v[0], v[1]), v[0], v[1], null));
        });
        r.replace(w.summary(), sections, values, w.difficulties(), w.proposals(), null, "", List.of(), by, created);
        r.submit(by, submittedAt, false);
        if (accept) {
            r.accept("office", submittedAt.plusSeconds(3600), null);
        }
        em.persist(r);
        return r.id;
    }

    /** The office returns a submitted report with a reason (new deadline {@code dueDate}). */
    @Transactional
    public void returnReport(UUID reportId, String reason, LocalDate dueDate) {
        Report r = em.find(Report.class, reportId);
        r.returnToUnit("office", Instant.now(), reason, ReportingDeadline.on(dueDate));
    }

    @Transactional
    public void accept(UUID reportId) {
        em.find(Report.class, reportId).accept("office", Instant.now(), null);
    }

    public static BigDecimal[] value(String v) {
        return new BigDecimal[] { new BigDecimal(v) };
    }

    public static BigDecimal[] ratio(String numerator, String denominator) {
        return new BigDecimal[] { new BigDecimal(numerator), new BigDecimal(denominator) };
    }
}
