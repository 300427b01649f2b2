package vn.thiduaso.plan.domain;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.thiduaso.plan.domain.content.AwardFormOffer;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.LegalBasis;
import vn.thiduaso.plan.domain.content.Milestone;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.OtherSection;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.PlanContents;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.UnitPlansRequirement;
import vn.thiduaso.platform.problem.Problem.FieldError;

/**
 * The rules of docs/plan-model.md "Rules the service enforces", in one place: every failure a field
 * path ({@code contents[2].title}) and a Vietnamese message. Sizes are checked first so that
 * oversized input is refused before any per-item work.
 */
public final class PlanRules {

    public static final int MAX_ITEMS = 200;
    public static final int MAX_TITLE = 500;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_DEPTH = 3;

    /** What the rules need to know beyond the content itself. */
    public interface References {
        /** The unit's path, or null when no such unit exists. */
        String unitPath(UUID unitId);

        /** Whether the caller's scope covers the unit path. */
        boolean inScope(String unitPath);

        boolean awardFormExists(String code);

        /** Whether the plan exists and the caller may see it. */
        boolean planVisible(UUID planId);
    }

    public static List<FieldError> validateDraft(String title, String summary, PlanContent c, References refs) {
        List<FieldError> e = new ArrayList<>();
        if (title == null || title.isBlank()) {
            e.add(new FieldError("title", "Tên kế hoạch không được để trống"));
        } else if (title.length() > MAX_TITLE) {
            e.add(new FieldError("title", "Tên kế hoạch tối đa " + MAX_TITLE + " ký tự"));
        }
        text(e, "summary", summary, MAX_TEXT);
        if (!sizes(e, c)) {
            return e;
        }
        Integer from = c.startYear();
        Integer to = c.endYear();
        year(e, "startYear", from);
        year(e, "endYear", to);
        if (from != null && to != null && from > to) {
            e.add(new FieldError("endYear", "Năm kết thúc không được trước năm bắt đầu"));
        }
        Years years = new Years(from, to);

        Set<String> sections = new HashSet<>(PlanContent.PARTS);
        c.otherSections().forEach(s -> sections.add("otherSections:" + s.id()));
        for (int i = 0; i < c.sectionOrder().size(); i++) {
            if (!sections.contains(c.sectionOrder().get(i))) {
                e.add(new FieldError("sectionOrder[" + i + "]", "Phần không tồn tại trong kế hoạch"));
            }
        }
        for (int i = 0; i < c.legalBases().size(); i++) {
            LegalBasis b = c.legalBases().get(i);
            String p = "legalBases[" + i + "]";
            if (b.relation() == null) {
                e.add(new FieldError(p + ".relation", "Cần chọn Căn cứ hoặc Thực hiện"));
            }
            if (blank(b.title()) && blank(b.number())) {
                e.add(new FieldError(p + ".title", "Cần số hoặc trích yếu của văn bản"));
            }
            text(e, p + ".title", b.title(), MAX_TITLE * 4);
            text(e, p + ".number", b.number(), 100);
            text(e, p + ".issuer", b.issuer(), MAX_TITLE);
            if (b.parentPlanId() != null && !refs.planVisible(b.parentPlanId())) {
                e.add(new FieldError(p + ".parentPlanId", "Kế hoạch cấp trên không tồn tại hoặc bạn không được xem"));
            }
        }
        paragraphs(e, "introduction", c.introduction());
        paragraphs(e, "purposes", c.purposes());
        paragraphs(e, "requirements", c.requirements());
        paragraphs(e, "objectives", c.objectives());
        paragraphs(e, "recipients", c.recipients());
        paragraphs(e, "closing", c.closing());
        contents(e, "contents", c.contents(), 1);
        for (int i = 0; i < c.criteriaGroups().size(); i++) {
            var g = c.criteriaGroups().get(i);
            String p = "criteriaGroups[" + i + "]";
            if (blank(g.title())) {
                e.add(new FieldError(p + ".title", "Tiêu đề nhóm tiêu chí không được để trống"));
            }
            text(e, p + ".title", g.title(), MAX_TITLE);
            paragraphs(e, p + ".criteria", g.criteria());
        }
        targets(e, c, years);
        for (int i = 0; i < c.milestones().size(); i++) {
            Milestone m = c.milestones().get(i);
            String p = "milestones[" + i + "]";
            if (blank(m.title())) {
                e.add(new FieldError(p + ".title", "Tên mốc thời gian không được để trống"));
            }
            text(e, p + ".title", m.title(), MAX_TITLE);
            month(e, p + ".month", m.month());
            years.check(e, p + ".year", m.year());
            if (m.date() != null) {
                years.check(e, p + ".date", m.date().getYear());
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < c.awardForms().size(); i++) {
            AwardFormOffer a = c.awardForms().get(i);
            String p = "awardForms[" + i + "].code";
            if (blank(a.code())) {
                e.add(new FieldError(p, "Cần chọn hình thức khen thưởng"));
            } else if (!codes.add(a.code())) {
                e.add(new FieldError(p, "Hình thức khen thưởng bị trùng"));
            } else if (a.code().length() > 60 || !refs.awardFormExists(a.code())) {
                e.add(new FieldError(p, "Hình thức khen thưởng không có trong danh mục"));
            }
            text(e, "awardForms[" + i + "].standards", a.standards(), MAX_TEXT);
        }
        for (int i = 0; i < c.assignments().size(); i++) {
            var a = c.assignments().get(i);
            String p = "assignments[" + i + "]";
            if (a.unitId() == null && a.unitKinds().isEmpty() && blank(a.heading())) {
                e.add(new FieldError(p, "Cần chọn đơn vị, loại đơn vị hoặc ghi tên nhóm đơn vị thực hiện"));
            } else if (a.unitId() != null) {
                unit(e, p + ".unitId", a.unitId(), refs);
            }
            text(e, p + ".heading", a.heading(), MAX_TITLE);
            unitKinds(e, p + ".unitKinds", a.unitKinds());
            if (a.role() == null) {
                e.add(new FieldError(p + ".role", "Cần chọn vai trò (chủ trì, phối hợp, thực hiện)"));
            }
            paragraphs(e, p + ".tasks", a.tasks());
        }
        Set<UUID> addressees = new HashSet<>();
        for (int i = 0; i < c.addresseeUnitIds().size(); i++) {
            UUID id = c.addresseeUnitIds().get(i);
            if (!addressees.add(id)) {
                e.add(new FieldError("addresseeUnitIds[" + i + "]", "Một đơn vị được chọn nhiều lần"));
            } else {
                unit(e, "addresseeUnitIds[" + i + "]", id, refs);
            }
        }
        obligations(e, c, years, refs);
        UnitPlansRequirement u = c.unitPlansRequired();
        if (u != null) {
            month(e, "unitPlansRequired.dueMonth", u.dueMonth());
            years.check(e, "unitPlansRequired.dueYear", u.dueYear());
            if (u.dueDate() != null) {
                years.check(e, "unitPlansRequired.dueDate", u.dueDate().getYear());
            }
            if (u.dueDate() == null && (u.dueMonth() == null || u.dueYear() == null)) {
                e.add(new FieldError("unitPlansRequired.dueDate", "Cần hạn nộp kế hoạch của đơn vị (ngày, hoặc tháng và năm)"));
            }
        }
        for (int i = 0; i < c.otherSections().size(); i++) {
            OtherSection s = c.otherSections().get(i);
            if (blank(s.heading())) {
                e.add(new FieldError("otherSections[" + i + "].heading", "Tiêu đề phần không được để trống"));
            }
            text(e, "otherSections[" + i + "].heading", s.heading(), MAX_TITLE);
            paragraphs(e, "otherSections[" + i + "].paragraphs", s.paragraphs());
        }
        if (c.signer() != null) {
            text(e, "signer.authority", c.signer().authority(), 200);
            text(e, "signer.capacity", c.signer().capacity(), 200);
            text(e, "signer.title", c.signer().title(), 200);
            text(e, "signer.fullName", c.signer().fullName(), 200);
        }
        text(e, "place", c.place(), 200);
        return e;
    }

    /** To issue, a plan needs at least one addressee (Kế hoạch gửi tới). */
    public static List<FieldError> validateIssue(PlanContent c) {
        List<FieldError> e = new ArrayList<>();
        if (c.addresseeUnitIds().isEmpty()) {
            e.add(new FieldError("addresseeUnitIds", "Cần ít nhất một đơn vị thực hiện trước khi ban hành"));
        }
        return e;
    }

    private static boolean sizes(List<FieldError> e, PlanContent c) {
        int before = e.size();
        count(e, "movementIds", c.movementIds());
        count(e, "sectionOrder", c.sectionOrder());
        count(e, "legalBases", c.legalBases());
        count(e, "purposes", c.purposes());
        count(e, "requirements", c.requirements());
        count(e, "objectives", c.objectives());
        count(e, "contents", c.contents());
        count(e, "criteriaGroups", c.criteriaGroups());
        count(e, "targets", c.targets());
        count(e, "milestones", c.milestones());
        count(e, "awardForms", c.awardForms());
        count(e, "assignments", c.assignments());
        count(e, "addresseeUnitIds", c.addresseeUnitIds());
        count(e, "reportingObligations", c.reportingObligations());
        count(e, "otherSections", c.otherSections());
        count(e, "recipients", c.recipients());
        count(e, "introduction", c.introduction());
        count(e, "closing", c.closing());
        return e.size() == before;
    }

    private static void count(List<FieldError> e, String path, List<?> l) {
        if (l.size() > MAX_ITEMS) {
            e.add(new FieldError(path, "Tối đa " + MAX_ITEMS + " mục"));
        }
    }

    private static void contents(List<FieldError> e, String path, List<ContentItem> items, int depth) {
        if (items.size() > MAX_ITEMS) {
            e.add(new FieldError(path, "Tối đa " + MAX_ITEMS + " mục"));
            return;
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ContentItem item = items.get(i);
            String p = path + "[" + i + "]";
            if (blank(item.title())) {
                e.add(new FieldError(p + ".title", "Tên nội dung không được để trống"));
            }
            text(e, p + ".title", item.title(), MAX_TITLE * 2);
            text(e, p + ".body", item.body(), MAX_TEXT);
            text(e, p + ".number", item.number(), 20);
            if (item.number() != null && !item.number().isBlank() && !numbers.add(item.number().trim())) {
                e.add(new FieldError(p + ".number", "Số thứ tự " + item.number() + " bị trùng"));
            }
            if (!item.children().isEmpty()) {
                if (depth >= MAX_DEPTH) {
                    e.add(new FieldError(p + ".children", "Nội dung lồng tối đa " + MAX_DEPTH + " cấp"));
                } else {
                    contents(e, p + ".children", item.children(), depth + 1);
                }
            }
        }
    }

    private static void targets(List<FieldError> e, PlanContent c, Years years) {
        Set<String> codes = new HashSet<>();
        Set<UUID> contentIds = new HashSet<>(PlanContents.contentIds(c.contents()));
        for (int i = 0; i < c.targets().size(); i++) {
            Target t = c.targets().get(i);
            String p = "targets[" + i + "]";
            if (blank(t.name())) {
                e.add(new FieldError(p + ".name", "Tên chỉ tiêu không được để trống"));
            }
            text(e, p + ".name", t.name(), MAX_TITLE * 2);
            text(e, p + ".code", t.code(), 40);
            if (t.code() != null && !t.code().isBlank() && !codes.add(t.code().trim())) {
                e.add(new FieldError(p + ".code", "Mã chỉ tiêu " + t.code() + " bị trùng"));
            }
            if (t.contentId() != null && !contentIds.contains(t.contentId())) {
                e.add(new FieldError(p + ".contentId", "Nội dung thi đua không có trong kế hoạch"));
            }
            if (t.values().size() > MAX_ITEMS) {
                e.add(new FieldError(p + ".values", "Tối đa " + MAX_ITEMS + " giá trị"));
                continue;
            }
            Set<Integer> seen = new HashSet<>();
            for (int j = 0; j < t.values().size(); j++) {
                Target.YearValue v = t.values().get(j);
                String vp = p + ".values[" + j + "]";
                years.check(e, vp + ".year", v.year());
                if (!seen.add(v.year())) {
                    e.add(new FieldError(vp + ".year", "Năm " + v.year() + " bị trùng"));
                }
                text(e, vp + ".note", v.note(), MAX_TITLE);
                if (v.value() == null) {
                    e.add(new FieldError(vp + ".value", "Cần giá trị chỉ tiêu"));
                } else if (v.value().signum() < 0) {
                    e.add(new FieldError(vp + ".value", "Giá trị chỉ tiêu không được âm"));
                } else if (t.percentage() && v.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                    e.add(new FieldError(vp + ".value", "Tỷ lệ phần trăm không được vượt quá 100"));
                }
            }
        }
    }

    private static void obligations(List<FieldError> e, PlanContent c, Years years, References refs) {
        for (int i = 0; i < c.reportingObligations().size(); i++) {
            Obligation o = c.reportingObligations().get(i);
            String p = "reportingObligations[" + i + "]";
            if (blank(o.title())) {
                e.add(new FieldError(p + ".title", "Tên nghĩa vụ báo cáo không được để trống"));
            }
            text(e, p + ".title", o.title(), MAX_TITLE);
            if (o.recipientUnitId() == null) {
                e.add(new FieldError(p + ".recipientUnitId", "Cần chọn đơn vị nhận báo cáo"));
            } else {
                unit(e, p + ".recipientUnitId", o.recipientUnitId(), refs);
            }
            if (o.kind() == Occasion.AD_HOC) {
                if (o.dueDate() == null) {
                    e.add(new FieldError(p + ".dueDate", "Báo cáo đột xuất cần ngày hạn"));
                } else {
                    years.check(e, p + ".dueDate", o.dueDate().getYear());
                }
            } else {
                dayMonth(e, p + ".dueDay", p + ".dueMonth", o.dueDay(), o.dueMonth(), true);
                boolean yearsOk = true;
                if (o.firstYear() == null) {
                    e.add(new FieldError(p + ".firstYear", "Cần năm bắt đầu"));
                    yearsOk = false;
                } else {
                    yearsOk &= years.check(e, p + ".firstYear", o.firstYear());
                }
                if (o.lastYear() == null) {
                    e.add(new FieldError(p + ".lastYear", "Cần năm kết thúc"));
                    yearsOk = false;
                } else {
                    yearsOk &= years.check(e, p + ".lastYear", o.lastYear());
                }
                if (yearsOk && o.firstYear() > o.lastYear()) {
                    e.add(new FieldError(p + ".lastYear", "Năm kết thúc không được trước năm bắt đầu"));
                } else if (yearsOk && o.kind() != Occasion.ANNUAL && !o.firstYear().equals(o.lastYear())) {
                    e.add(new FieldError(p + ".lastYear", "Báo cáo sơ kết/tổng kết chỉ cho một năm"));
                }
            }
            Obligation.Reporters r = o.reporters();
            if (r.mode() == Obligation.Reporters.Mode.LISTED) {
                if (r.unitIds().isEmpty()) {
                    e.add(new FieldError(p + ".reporters.unitIds", "Cần chọn đơn vị báo cáo"));
                }
                if (r.unitIds().size() > MAX_ITEMS) {
                    e.add(new FieldError(p + ".reporters.unitIds", "Tối đa " + MAX_ITEMS + " mục"));
                } else {
                    for (int j = 0; j < r.unitIds().size(); j++) {
                        unit(e, p + ".reporters.unitIds[" + j + "]", r.unitIds().get(j), refs);
                    }
                }
            } else if (r.mode() == Obligation.Reporters.Mode.KINDS) {
                if (r.unitKinds().isEmpty()) {
                    e.add(new FieldError(p + ".reporters.unitKinds", "Cần chọn loại đơn vị báo cáo"));
                }
                unitKinds(e, p + ".reporters.unitKinds", r.unitKinds());
            }
            if (o.secondHop() != null) {
                var h = o.secondHop();
                text(e, p + ".secondHop.recipientName", h.recipientName(), MAX_TITLE);
                if (blank(h.recipientName()) && h.recipientUnitId() == null) {
                    e.add(new FieldError(p + ".secondHop.recipientName", "Cần nơi nhận báo cáo tiếp theo"));
                }
                dayMonth(e, p + ".secondHop.dueDay", p + ".secondHop.dueMonth", h.dueDay(), h.dueMonth(), true);
            }
        }
    }

    /** A yearly "dd/MM" must exist in every year: 31/11 and 29/02 are refused. */
    private static void dayMonth(List<FieldError> e, String dayPath, String monthPath, Integer day, Integer month,
            boolean required) {
        if (month == null) {
            if (required) {
                e.add(new FieldError(monthPath, "Cần tháng hạn"));
            }
        } else if (month < 1 || month > 12) {
            e.add(new FieldError(monthPath, "Tháng từ 1 đến 12"));
            month = null;
        }
        if (day == null) {
            if (required) {
                e.add(new FieldError(dayPath, "Cần ngày hạn"));
            }
        } else if (day < 1 || day > 31) {
            e.add(new FieldError(dayPath, "Ngày từ 1 đến 31"));
        } else if (month != null) {
            if (month == 2 && day == 29) {
                e.add(new FieldError(dayPath, "Ngày 29/02 không có trong mọi năm; hãy chọn 28/02 hoặc 01/03"));
            } else if (day > Month.of(month).maxLength()) {
                e.add(new FieldError(dayPath, "Ngày " + day + "/" + month + " không tồn tại"));
            }
        }
    }

    /** Every kind a known {@link UnitKind}; at most {@link #MAX_ITEMS}, none twice. */
    private static void unitKinds(List<FieldError> e, String path, List<String> kinds) {
        if (kinds.size() > MAX_ITEMS) {
            e.add(new FieldError(path, "Tối đa " + MAX_ITEMS + " mục"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < kinds.size(); j++) {
            String k = kinds.get(j);
            if (!KINDS.contains(k)) {
                e.add(new FieldError(path + "[" + j + "]", "Loại đơn vị không hợp lệ"));
            } else if (!seen.add(k)) {
                e.add(new FieldError(path + "[" + j + "]", "Loại đơn vị bị trùng"));
            }
        }
    }

    private static final Set<String> KINDS = java.util.Arrays.stream(UnitKind.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static void unit(List<FieldError> e, String path, UUID unitId, References refs) {
        if (unitId == null) {
            e.add(new FieldError(path, "Cần chọn đơn vị"));
            return;
        }
        String unitPath = refs.unitPath(unitId);
        if (unitPath == null) {
            e.add(new FieldError(path, "Đơn vị không tồn tại"));
        } else if (!refs.inScope(unitPath)) {
            e.add(new FieldError(path, "Đơn vị nằm ngoài phạm vi của bạn"));
        }
    }

    private static void paragraphs(List<FieldError> e, String path, List<String> l) {
        if (l.size() > MAX_ITEMS) {
            e.add(new FieldError(path, "Tối đa " + MAX_ITEMS + " mục"));
            return;
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).isBlank()) {
                e.add(new FieldError(path + "[" + i + "]", "Đoạn văn không được để trống"));
            }
            text(e, path + "[" + i + "]", l.get(i), MAX_TEXT);
        }
    }

    private static void text(List<FieldError> e, String path, String s, int max) {
        if (s != null && s.length() > max) {
            e.add(new FieldError(path, "Tối đa " + max + " ký tự"));
        }
    }

    private static void month(List<FieldError> e, String path, Integer month) {
        if (month != null && (month < 1 || month > 12)) {
            e.add(new FieldError(path, "Tháng từ 1 đến 12"));
        }
    }

    private static void year(List<FieldError> e, String path, Integer y) {
        if (y != null && (y < 2000 || y > 2100)) {
            e.add(new FieldError(path, "Năm không hợp lệ"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The plan's years; a year outside them is refused (when the plan states them). */
    private record Years(Integer from, Integer to) {
        boolean check(List<FieldError> e, String path, Integer year) {
            if (year == null) {
                return true;
            }
            if (year < 2000 || year > 2100) {
                e.add(new FieldError(path, "Năm không hợp lệ"));
                return false;
            }
            if ((from != null && year < from) || (to != null && year > to)) {
                e.add(new FieldError(path, "Năm " + year + " nằm ngoài thời gian của kế hoạch ("
                        + (from == null ? "…" : from) + " - " + (to == null ? "…" : to) + ")"));
                return false;
            }
            return true;
        }
    }

    private PlanRules() {
    }
}
