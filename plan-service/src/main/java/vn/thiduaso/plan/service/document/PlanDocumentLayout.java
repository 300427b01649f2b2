package vn.thiduaso.plan.service.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.thiduaso.plan.domain.content.Assignment;
import vn.thiduaso.plan.domain.content.AwardFormOffer;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.LegalBasis;
import vn.thiduaso.plan.domain.content.Milestone;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.OtherSection;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.TargetGroup;
import vn.thiduaso.plan.domain.content.UnitPlansRequirement;
import vn.thiduaso.platform.document.Nd30;
import vn.thiduaso.platform.document.OfficialDocument;
import vn.thiduaso.platform.document.OfficialDocument.Block;
import vn.thiduaso.platform.document.OfficialDocument.Kind;
import vn.thiduaso.platform.document.OfficialDocument.Paragraph;
import vn.thiduaso.platform.document.OfficialDocument.Run;
import vn.thiduaso.platform.document.OfficialDocument.Table;

/**
 * The words of the plan's document, independent of the file format: the header lines, the body as a
 * list of paragraphs (section headings I, II, …, numbered items, dash items, plain paragraphs) and the
 * closing block, as the platform's {@link OfficialDocument} that the DOCX and the PDF renderer draw,
 * so both say the same thing.
 */
final class PlanDocumentLayout {

    /** The parts that are sections, in the default order (legal bases, recipients and signer have their own places). */
    static final List<String> DEFAULT_ORDER = List.of("purposes", "requirements", "objectives", "contents",
            "criteriaGroups", "targets", "milestones", "awardForms", "assignments", "reportingObligations",
            "unitPlansRequired", "otherSections");

    private final PlanDocument doc;
    private final PlanContent c;

    PlanDocumentLayout(PlanDocument doc) {
        this.doc = doc;
        this.c = doc.content();
    }

    /** The whole document as the platform's renderer draws it. */
    OfficialDocument official() {
        return new OfficialDocument(parentAuthority(), issuingBodyLines(), numberLine(), placeAndDate(), doc.draft(),
                "KẾ HOẠCH", title(), body(), recipients(), signerLines(), signerName());
    }

    // --- header --------------------------------------------------------------------------------

    String parentAuthority() {
        return upper(doc.parentAuthority());
    }

    String issuingBody() {
        return upper(doc.issuingBody());
    }

    /** Broken after "ỦY BAN NHÂN DÂN" when long (ND30 header). */
    List<String> issuingBodyLines() {
        return Nd30.issuingBodyLines(issuingBody());
    }

    String numberLine() {
        return Nd30.numberLine(doc.draft() ? null : doc.number(), "/KH-UBND");
    }

    /** "Kiến An, ngày 05 tháng 11 năm 2025" (ND30: a leading zero for days below 10 and for months 1 and 2). */
    String placeAndDate() {
        String place = doc.place() != null && !doc.place().isBlank() ? doc.place().trim() : c.place();
        return Nd30.placeAndDate(place, doc.draft() ? null : doc.issueDate());
    }

    /** The line under "KẾ HOẠCH": the title without its leading "Kế hoạch". */
    String title() {
        String t = doc.title();
        if (t == null || t.isBlank()) {
            t = doc.movementNames().isEmpty() ? "" : "Thực hiện " + String.join(", ", doc.movementNames());
        }
        t = t.trim();
        if (t.regionMatches(true, 0, "Kế hoạch ", 0, 9)) {
            t = t.substring(9).trim();
            t = t.isEmpty() ? t : t.substring(0, 1).toUpperCase(VI) + t.substring(1);
        }
        return t;
    }

    // --- body ----------------------------------------------------------------------------------

    /**
     * The legal bases, the summary and the introduction ("… cụ thể như sau:"), then the sections I, II, …
     * in the plan's order, then the closing paragraphs ("Trên đây là Kế hoạch …").
     */
    List<Block> body() {
        List<Block> out = new ArrayList<>();
        List<LegalBasis> bases = list(c.legalBases());
        for (int i = 0; i < bases.size(); i++) {
            out.add(body(legalBasis(bases.get(i)) + (i == bases.size() - 1 ? "." : ";")));
        }
        if (doc.summary() != null && !doc.summary().isBlank()) {
            out.add(body(doc.summary().trim()));
        }
        paragraphs(c.introduction()).forEach(p -> out.add(body(p)));
        List<String> order = effectiveOrder();
        int section = 0;
        for (int i = 0; i < order.size(); i++) {
            String part = order.get(i);
            // Mục đích and Yêu cầu written one after the other form one section, as the seeds do.
            if (part.equals("purposes") && i + 1 < order.size() && order.get(i + 1).equals("requirements")
                    && !list(c.purposes()).isEmpty() && !list(c.requirements()).isEmpty()) {
                out.add(section(section++, "MỤC ĐÍCH, YÊU CẦU"));
                out.add(itemHeading("1. Mục đích"));
                list(c.purposes()).forEach(p -> out.add(dash(p)));
                out.add(itemHeading("2. Yêu cầu"));
                list(c.requirements()).forEach(p -> out.add(dash(p)));
                i++;
                continue;
            }
            List<Block> blocks = part(part);
            if (!blocks.isEmpty()) {
                String heading = heading(part);
                out.add(section(section++, heading));
                out.addAll(blocks);
            }
        }
        paragraphs(c.closing()).forEach(p -> out.add(body(p)));
        endMark(out);
        return out;
    }

    private static void endMark(List<Block> out) {
        Nd30.endMark(out);
    }

    /** sectionOrder's parts that are sections, then the section parts it leaves out, in the default order. */
    List<String> effectiveOrder() {
        List<String> order = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<UUID> placedOthers = new LinkedHashSet<>();
        for (String p : list(c.sectionOrder())) {
            if (p == null) {
                continue;
            }
            if (p.startsWith("otherSections:")) {
                list(c.otherSections()).stream().filter(o -> o.id() != null && p.equals("otherSections:" + o.id()))
                        .findFirst().ifPresent(o -> {
                            if (placedOthers.add(o.id())) {
                                order.add(p);
                            }
                        });
            } else if (DEFAULT_ORDER.contains(p) && seen.add(p)) {
                order.add(p);
            }
        }
        for (String p : DEFAULT_ORDER) {
            if (seen.add(p)) {
                order.add(p);
            }
        }
        // "otherSections" stands for every other section not placed on its own.
        List<String> expanded = new ArrayList<>();
        for (String p : order) {
            if (p.equals("otherSections")) {
                for (OtherSection o : list(c.otherSections())) {
                    if (o.id() == null || !placedOthers.contains(o.id())) {
                        expanded.add("otherSections:" + (o.id() == null ? "#" + list(c.otherSections()).indexOf(o) : o.id()));
                    }
                }
            } else {
                expanded.add(p);
            }
        }
        return expanded;
    }

    private String heading(String part) {
        return switch (part) {
            case "purposes" -> "MỤC ĐÍCH";
            case "requirements" -> "YÊU CẦU";
            case "objectives" -> "MỤC TIÊU";
            case "contents" -> "NỘI DUNG THI ĐUA";
            case "criteriaGroups" -> "TIÊU CHÍ THI ĐUA";
            case "targets" -> "CHỈ TIÊU THI ĐUA";
            case "milestones" -> "THỜI GIAN THỰC HIỆN";
            case "awardForms" -> "HÌNH THỨC KHEN THƯỞNG";
            case "assignments" -> "TỔ CHỨC THỰC HIỆN";
            case "reportingObligations" -> "CHẾ ĐỘ BÁO CÁO";
            case "unitPlansRequired" -> "XÂY DỰNG KẾ HOẠCH CỦA CÁC ĐƠN VỊ";
            default -> upper(other(part).heading());
        };
    }

    private List<Block> part(String part) {
        List<Block> out = new ArrayList<>();
        switch (part) {
            case "purposes" -> list(c.purposes()).forEach(p -> out.add(dash(p)));
            case "requirements" -> list(c.requirements()).forEach(p -> out.add(dash(p)));
            case "objectives" -> list(c.objectives()).forEach(p -> out.add(dash(p)));
            case "contents" -> contents(out, list(c.contents()), false);
            case "criteriaGroups" -> {
                int n = 1;
                for (var g : list(c.criteriaGroups())) {
                    out.add(itemHeading(n++ + ". " + orEmpty(g.title())));
                    list(g.criteria()).forEach(k -> out.add(dash(k)));
                }
            }
            case "targets" -> targets(out);
            case "milestones" -> list(c.milestones()).forEach(m -> out.add(dash(milestone(m))));
            case "awardForms" -> awardForms(out);
            case "assignments" -> {
                int n = 1;
                for (var a : list(c.assignments())) {
                    out.add(itemHeading(n++ + ". " + assignee(a)));
                    list(a.tasks()).forEach(t -> out.add(dash(t)));
                }
            }
            case "reportingObligations" -> {
                List<Obligation> obligations = list(c.reportingObligations());
                for (int i = 0; i < obligations.size(); i++) {
                    Obligation o = obligations.get(i);
                    if (obligations.size() > 1 || o.title() != null) {
                        out.add(itemHeading((i + 1) + ". " + orEmpty(o.title())));
                    }
                    out.add(dash(obligationSentence(o)));
                    if (o.secondHop() != null) {
                        out.add(dash(secondHopSentence(o)));
                    }
                }
            }
            case "unitPlansRequired" -> {
                if (c.unitPlansRequired() != null) {
                    out.add(body(unitPlans(c.unitPlansRequired())));
                }
            }
            default -> {
                OtherSection o = other(part);
                if (o != null) {
                    list(o.paragraphs()).forEach(p -> out.add(body(p)));
                }
            }
        }
        return out;
    }

    /**
     * Who an assignment is for: the group's own words when given ("Các thôn trên địa bàn xã"), else the
     * unit's name, else the unit kinds ("Các thôn, tổ dân phố, doanh nghiệp"); a request to a body the
     * commune does not command starts "Đề nghị …".
     */
    String assignee(Assignment a) {
        String who;
        if (a.heading() != null && !a.heading().isBlank()) {
            who = a.heading().trim();
        } else if (a.unitId() != null) {
            who = unitName(a.unitId());
        } else if (!list(a.unitKinds()).isEmpty()) {
            who = "Các " + list(a.unitKinds()).stream().map(PlanDocumentLayout::unitKind).collect(Collectors.joining(", "));
        } else {
            who = "Đơn vị được giao";
        }
        if (Boolean.TRUE.equals(a.requested()) && !who.regionMatches(true, 0, "Đề nghị", 0, 7)) {
            who = "Đề nghị " + (who.startsWith("Các ") ? "các " + who.substring(4) : who);
        }
        return who;
    }

    private OtherSection other(String part) {
        String key = part.substring("otherSections:".length());
        List<OtherSection> others = list(c.otherSections());
        if (key.startsWith("#")) {
            return others.get(Integer.parseInt(key.substring(1)));
        }
        return others.stream().filter(o -> o.id() != null && key.equals(o.id().toString())).findFirst().orElse(null);
    }

    private void contents(List<Block> out, List<ContentItem> items, boolean child) {
        for (ContentItem item : items) {
            // an unnumbered item (Kiến An writes its contents as dashes) is printed with a dash
            String label = item.number() == null || item.number().isBlank() ? "-"
                    : item.number().trim().matches("[a-zđ]") ? item.number().trim() + ")" : item.number().trim() + ".";
            List<Run> runs = new ArrayList<>();
            runs.add(new Run(label + " " + orEmpty(item.title()).trim(), !child, child));
            List<String> body = lines(item.body());
            if (!body.isEmpty() && item.title() != null && !item.title().isBlank()) {
                out.add(new Paragraph(Kind.BODY, runs));
                body.forEach(b -> out.add(body(b)));
            } else {
                body.forEach(b -> runs.add(Run.plain(" " + b)));
                out.add(new Paragraph(Kind.BODY, runs));
            }
            contents(out, list(item.children()), true);
        }
    }

    /** A grid "STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 …", then how each percentage is computed. */
    private void targets(List<Block> out) {
        List<Target> targets = list(c.targets());
        if (targets.isEmpty()) {
            return;
        }
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        targets.forEach(t -> list(t.values()).forEach(v -> years.add(v.year())));
        List<String> header = new ArrayList<>(List.of("STT", "Chỉ tiêu", "Đơn vị tính"));
        years.forEach(y -> header.add("Năm " + y));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Target t : targets) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(n++));
            row.add(orEmpty(t.name()).trim() + (t.code() == null || t.code().isBlank() ? "" : " (" + t.code().trim() + ")"));
            row.add(orEmpty(t.unitOfMeasure()).trim());
            for (Integer y : years) {
                row.add(list(t.values()).stream().filter(v -> v.year() == y).findFirst()
                        .map(v -> comparison(v.comparison() != null ? v.comparison() : t.comparison()) + number(v.value())
                                + (v.note() == null || v.note().isBlank() ? "" : " (" + v.note().trim() + ")"))
                        .orElse(""));
            }
            rows.add(row);
        }
        out.add(new Table(List.copyOf(header), List.copyOf(rows)));
        for (Target t : targets) {
            if (t.percentage() && t.numeratorDescription() != null && t.denominatorDescription() != null) {
                out.add(dash("Chỉ tiêu " + (t.code() == null ? orEmpty(t.name()) : t.code()) + ": tỷ lệ được tính bằng "
                        + t.numeratorDescription().trim() + " trên " + t.denominatorDescription().trim() + "."));
            }
        }
    }

    private static String comparison(Target.Comparison comparison) {
        if (comparison == null) {
            return "";
        }
        return switch (comparison) {
            case GTE -> "≥ ";
            case LTE -> "≤ ";
            case GT -> "> ";
            case LT -> "< ";
            case EQ -> "";
        };
    }

    private static String number(BigDecimal value) {
        return value == null ? "…" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String milestone(Milestone m) {
        String when;
        if (m.date() != null) {
            when = "ngày " + m.date().getDayOfMonth() + "/" + m.date().getMonthValue() + "/" + m.date().getYear();
        } else if (m.month() != null && m.year() != null) {
            when = "tháng " + m.month() + "/" + m.year();
        } else if (m.year() != null) {
            when = "năm " + m.year();
        } else {
            when = null;
        }
        return orEmpty(m.title()).trim() + (when == null ? "." : ": " + when + ".");
    }

    private void awardForms(List<Block> out) {
        List<AwardFormOffer> forms = list(c.awardForms());
        if (forms.isEmpty()) {
            return;
        }
        out.add(itemHeading("1. Hình thức khen thưởng"));
        for (int i = 0; i < forms.size(); i++) {
            AwardFormOffer f = forms.get(i);
            String occasions = list(f.occasions()).stream().map(PlanDocumentLayout::occasion).collect(Collectors.joining(", "));
            out.add(dash(awardName(f.code()) + (occasions.isEmpty() ? "" : " (" + occasions + ")")
                    + (i == forms.size() - 1 ? "." : ";")));
        }
        Set<TargetGroup> groups = new LinkedHashSet<>();
        forms.forEach(f -> groups.addAll(list(f.recipientGroups())));
        int n = 2;
        if (!groups.isEmpty()) {
            String who = groups.stream().map(PlanDocumentLayout::group).collect(Collectors.joining("; "));
            out.add(new Paragraph(Kind.BODY, List.of(new Run(n++ + ". Đối tượng khen thưởng: ", true, false),
                    Run.plain(capitalise(who) + " có thành tích xuất sắc trong Phong trào thi đua."))));
        }
        List<AwardFormOffer> withStandards = forms.stream().filter(f -> f.standards() != null && !f.standards().isBlank()).toList();
        if (!withStandards.isEmpty()) {
            out.add(itemHeading(n + ". Tiêu chuẩn khen thưởng"));
            withStandards.forEach(f -> out.add(dash(awardName(f.code()) + ": " + f.standards().trim())));
        }
    }

    private String awardName(String code) {
        String name = doc.awardFormNames().get(code);
        return name == null ? orEmpty(code) : name;
    }

    private static String occasion(Occasion o) {
        return switch (o) {
            case ANNUAL -> "hằng năm";
            case PRELIMINARY_REVIEW -> "sơ kết";
            case FINAL_REVIEW -> "tổng kết";
            case AD_HOC -> "đột xuất";
        };
    }

    private static String group(TargetGroup g) {
        return switch (g) {
            case OFFICES_AND_UNITS -> "các cơ quan, đơn vị";
            case FRONT_AND_MASS_ORGANISATIONS -> "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội";
            case ENTERPRISES_AND_COOPERATIVES -> "các doanh nghiệp, hợp tác xã";
            case SCHOOLS -> "các trường học";
            case VILLAGES -> "các thôn, tổ dân phố";
            case HOUSEHOLDS -> "các hộ gia đình";
            case INDIVIDUALS -> "các cá nhân";
            case OTHER -> "các tập thể, cá nhân khác";
        };
    }

    /** "Các cơ quan, đơn vị nhận Kế hoạch báo cáo về Phòng Văn hóa - Xã hội trước ngày 05/12 hằng năm, từ năm 2025 đến năm 2030." */
    String obligationSentence(Obligation o) {
        StringBuilder s = new StringBuilder();
        s.append(reporters(o.reporters())).append(" báo cáo");
        if (o.kind() == Occasion.PRELIMINARY_REVIEW) {
            s.append(" sơ kết");
        } else if (o.kind() == Occasion.FINAL_REVIEW) {
            s.append(" tổng kết");
        }
        s.append(" về ").append(unitName(o.recipientUnitId()));
        s.append(" ").append(due(o.kind(), o.dueDay(), o.dueMonth(), o.dueDate(), o.firstYear()));
        if (o.kind() == Occasion.ANNUAL && o.firstYear() != null && o.lastYear() != null) {
            s.append(o.firstYear().equals(o.lastYear()) ? ", năm " + o.firstYear()
                    : ", từ năm " + o.firstYear() + " đến năm " + o.lastYear());
        }
        return s.append(".").toString();
    }

    /** "Phòng Văn hóa - Xã hội tổng hợp, báo cáo về Sở Nội vụ … trước ngày 15/11 hằng năm." */
    String secondHopSentence(Obligation o) {
        Obligation.SecondHop hop = o.secondHop();
        String to = hop.recipientName() != null && !hop.recipientName().isBlank() ? hop.recipientName().trim()
                : unitName(hop.recipientUnitId());
        return unitName(o.recipientUnitId()) + " tổng hợp, báo cáo về " + to + " "
                + due(o.kind(), hop.dueDay(), hop.dueMonth(), null, o.firstYear()) + ".";
    }

    private static String due(Occasion kind, Integer day, Integer month, LocalDate date, Integer year) {
        if (kind == Occasion.AD_HOC || (day == null && date != null)) {
            return date == null ? "theo yêu cầu" : "trước ngày " + dm(date.getDayOfMonth(), date.getMonthValue()) + "/" + date.getYear();
        }
        if (day == null || month == null) {
            return "theo yêu cầu";
        }
        if (kind == Occasion.ANNUAL || kind == null) {
            return "trước ngày " + dm(day, month) + " hằng năm";
        }
        return "trước ngày " + dm(day, month) + (year == null ? "" : "/" + year);
    }

    private static String dm(int day, int month) {
        return String.format(Locale.ROOT, "%02d/%02d", day, month);
    }

    private String reporters(Obligation.Reporters r) {
        if (r == null || r.mode() == null || r.mode() == Obligation.Reporters.Mode.ADDRESSEES) {
            return "Các cơ quan, đơn vị nhận Kế hoạch";
        }
        if (r.mode() == Obligation.Reporters.Mode.LISTED) {
            String names = list(r.unitIds()).stream().map(this::unitName).collect(Collectors.joining(", "));
            return names.isEmpty() ? "Các cơ quan, đơn vị nhận Kế hoạch" : names;
        }
        String kinds = list(r.unitKinds()).stream().map(PlanDocumentLayout::unitKind).collect(Collectors.joining(", "));
        return "Các " + kinds;
    }

    private static String unitKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "VILLAGE" -> "thôn, tổ dân phố";
            case "OFFICE" -> "phòng chuyên môn";
            case "CENTRE" -> "trung tâm";
            case "SCHOOL" -> "trường học";
            case "ENTERPRISE" -> "doanh nghiệp";
            case "MASS_ORGANISATION" -> "tổ chức chính trị - xã hội";
            case "POLICE" -> "đơn vị công an";
            case "PARTY_BODY" -> "cơ quan Đảng";
            default -> "đơn vị";
        };
    }

    private static String unitPlans(UnitPlansRequirement r) {
        String when;
        if (r.dueDate() != null) {
            when = "trước ngày " + dm(r.dueDate().getDayOfMonth(), r.dueDate().getMonthValue()) + "/" + r.dueDate().getYear();
        } else if (r.dueMonth() != null && r.dueYear() != null) {
            when = "trong tháng " + r.dueMonth() + "/" + r.dueYear();
        } else if (r.dueYear() != null) {
            when = "trong năm " + r.dueYear();
        } else {
            when = "kịp thời";
        }
        return "Căn cứ Kế hoạch này, các cơ quan, đơn vị xây dựng kế hoạch thực hiện của đơn vị, hoàn thành " + when + ".";
    }

    private String legalBasis(LegalBasis b) {
        StringBuilder s = new StringBuilder(b.relation() == LegalBasis.Relation.IMPLEMENTS ? "Thực hiện" : "Căn cứ");
        String kind = documentKind(b.documentKind());
        if (!kind.isEmpty()) {
            s.append(' ').append(kind);
        }
        if (b.number() != null && !b.number().isBlank()) {
            s.append(" số ").append(b.number().trim());
        }
        if (b.date() != null) {
            s.append(" ngày ").append(b.date().getDayOfMonth()).append('/').append(b.date().getMonthValue()).append('/')
                    .append(b.date().getYear());
        }
        if (b.issuer() != null && !b.issuer().isBlank()) {
            s.append(" của ").append(b.issuer().trim());
        }
        if (b.title() != null && !b.title().isBlank()) {
            s.append(' ').append(stripEnd(b.title().trim()));
        }
        return s.toString();
    }

    private static String documentKind(LegalBasis.DocumentKind k) {
        if (k == null) {
            return "";
        }
        return switch (k) {
            case LAW -> "Luật";
            case DECREE -> "Nghị định";
            case DECISION -> "Quyết định";
            case DIRECTIVE -> "Chỉ thị";
            case RESOLUTION -> "Nghị quyết";
            case PLAN -> "Kế hoạch";
            case OFFICIAL_LETTER -> "Công văn";
            case CIRCULAR -> "Thông tư";
            case GUIDANCE -> "Hướng dẫn";
            case OTHER -> "";
        };
    }

    // --- closing block -------------------------------------------------------------------------

    List<String> recipients() {
        return list(c.recipients()).stream().filter(r -> r != null && !r.isBlank())
                .map(r -> r.trim().startsWith("-") ? r.trim() : "- " + r.trim()).toList();
    }

    /** The signer's uppercase lines (authority, capacity, title), without the name. */
    List<String> signerLines() {
        if (c.signer() == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String s : new String[] { c.signer().authority(), c.signer().capacity(), c.signer().title() }) {
            if (s != null && !s.isBlank()) {
                lines.add(upper(s));
            }
        }
        return lines;
    }

    String signerName() {
        return c.signer() == null || c.signer().fullName() == null ? "" : c.signer().fullName().trim();
    }

    // --- helpers -------------------------------------------------------------------------------

    private static final Locale VI = Nd30.VI;

    private String unitName(UUID id) {
        String name = id == null ? null : doc.unitNames().get(id);
        return name == null ? "đơn vị được giao" : name;
    }

    private static Paragraph section(int index, String heading) {
        return Nd30.section(index, heading);
    }

    private static Paragraph itemHeading(String text) {
        return Nd30.itemHeading(text);
    }

    private static Paragraph body(String text) {
        return Nd30.body(text);
    }

    private static Paragraph dash(String text) {
        return Nd30.dash(text);
    }

    private static List<String> paragraphs(List<String> l) {
        return list(l).stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
    }

    private static List<String> lines(String text) {
        return Nd30.lines(text);
    }

    private static String stripEnd(String s) {
        String t = s;
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(".") || t.endsWith(","))) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    static String upper(String s) {
        return Nd30.upper(s);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
