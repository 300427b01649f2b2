package vn.thiduaso.report.service.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import vn.thiduaso.platform.document.Nd30;
import vn.thiduaso.platform.document.OfficialDocument;
import vn.thiduaso.platform.document.OfficialDocument.Block;
import vn.thiduaso.platform.document.OfficialDocument.Kind;
import vn.thiduaso.platform.document.OfficialDocument.Paragraph;
import vn.thiduaso.platform.document.OfficialDocument.Run;
import vn.thiduaso.platform.document.OfficialDocument.Table;
import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.consolidation.ConsolidatedReport;
import vn.thiduaso.report.domain.consolidation.ConsolidatedSection;
import vn.thiduaso.report.domain.consolidation.ConsolidationStatus;
import vn.thiduaso.report.domain.consolidation.MissingUnit;
import vn.thiduaso.report.domain.consolidation.SectionKind;
import vn.thiduaso.report.domain.consolidation.SeriesValue;
import vn.thiduaso.report.domain.consolidation.TargetTotal;
import vn.thiduaso.report.service.consolidation.ConsolidationService;

/**
 * The words of a commune's consolidated report as an ND30 "BÁO CÁO": the commune's committee as
 * issuing body, "Số: …/BC-UBND" (the number is given when it is registered, outside this system),
 * the place and the date of submission (approval; blank for a draft, which is marked "DỰ THẢO"), the
 * title from the period ("Kết quả thực hiện … năm 2026"), the opening, the results per content item,
 * the target table against the commune's targets, for a review the results year by year, the units
 * that did not report, difficulties and proposals, Nơi nhận and the signer's block.
 */
final class ConsolidationDocumentLayout {

    private static final Pattern COMMITTEE = Pattern.compile(
            "^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(xã|phường|thị trấn|đặc khu)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ConsolidatedReport c;
    private final ReportingPeriod period;
    private final String recipientName;

    ConsolidationDocumentLayout(ConsolidationService.Detail detail) {
        this.c = detail.consolidation();
        this.period = detail.period();
        this.recipientName = c.recipientName != null ? c.recipientName
                : detail.secondHop() != null ? detail.secondHop().recipientUnitName : null;
    }

    OfficialDocument official() {
        return new OfficialDocument("", Nd30.issuingBodyLines(Nd30.bodyName(c.unitName)),
                Nd30.numberLine(null, "/BC-UBND"), Nd30.placeAndDate(place(c.unitName), date()),
                c.status == ConsolidationStatus.DRAFT, "BÁO CÁO", title(), body(), recipients(),
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "");
    }

    /** "UBND xã Vĩnh Bảo" → "Vĩnh Bảo" (the place of the date line). */
    static String place(String communeName) {
        return COMMITTEE.matcher(communeName == null ? "" : communeName.strip()).replaceFirst("");
    }

    /** The date of submission, else of approval; none for a draft. */
    private java.time.LocalDate date() {
        Instant at = c.submittedAt != null ? c.submittedAt : c.approvedAt;
        return at == null ? null : VietnamTime.dateOf(at);
    }

    /** "Báo cáo kết quả thực hiện Phong trào thi đua năm 2026" → "Kết quả thực hiện Phong trào thi đua năm 2026". */
    String title() {
        String t = period.title == null ? "" : period.title.strip();
        if (t.regionMatches(true, 0, "Báo cáo ", 0, 8)) {
            t = t.substring(8).strip();
        }
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Nd30.VI) + t.substring(1);
    }

    List<Block> body() {
        List<Block> out = new ArrayList<>();
        String committee = committee();
        String planRef = period.planNumber == null ? "Kế hoạch " + lowerFirst(stripPlan(period.planTitle))
                : "Kế hoạch số " + period.planNumber + " về " + lowerFirst(stripPlan(period.planTitle));
        out.add(Nd30.body("Thực hiện " + planRef + ", trên cơ sở báo cáo của " + c.sourceReports + "/" + c.expectedReports
                + " cơ quan, đơn vị, " + committee + " báo cáo " + lowerFirst(title()) + " như sau:"));
        Nd30.lines(c.section(SectionKind.SUMMARY).text).forEach(l -> out.add(Nd30.body(l)));
        int section = 0;

        List<ConsolidatedSection> contents = c.contentSections();
        if (!contents.isEmpty()) {
            out.add(Nd30.section(section++, "KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA"));
            for (ConsolidatedSection s : contents) {
                String label = s.number == null || s.number.isBlank() ? "-"
                        : s.number.strip().matches("[a-zđ]") ? s.number.strip() + ")" : s.number.strip() + ".";
                out.add(new Paragraph(Kind.BODY, List.of(new Run(label + " " + (s.title == null ? "" : s.title.strip()),
                        s.depth == 0, s.depth > 0))));
                List<String> lines = Nd30.lines(s.text);
                if (lines.isEmpty()) {
                    out.add(Nd30.body("Chưa có đơn vị báo cáo nội dung này."));
                }
                lines.forEach(l -> out.add(Nd30.body(l)));
            }
        }

        if (!c.targets.isEmpty()) {
            out.add(Nd30.section(section++, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
            out.add(targetTable());
            for (TargetTotal t : c.targets) {
                if (t.percentage && t.numeratorSum != null && t.denominatorSum != null) {
                    out.add(Nd30.dash(name(t) + ": " + number(t.numeratorSum) + "/" + number(t.denominatorSum) + " ("
                            + number(t.value) + "%), tổng hợp từ " + t.reportingUnits + " đơn vị."));
                }
            }
        }

        if (!c.seriesValues.isEmpty()) {
            out.add(Nd30.section(section++, "KẾT QUẢ QUA CÁC NĂM"));
            out.add(seriesTable());
        }

        out.add(Nd30.section(section++, "ĐƠN VỊ CHƯA CÓ BÁO CÁO ĐƯỢC TIẾP NHẬN"));
        if (c.missingUnits.isEmpty()) {
            out.add(Nd30.body("Tất cả " + c.expectedReports + " cơ quan, đơn vị đã gửi báo cáo và được tiếp nhận."));
        } else {
            out.add(Nd30.body("Đến thời điểm tổng hợp, còn " + c.missingUnits.size() + "/" + c.expectedReports
                    + " cơ quan, đơn vị chưa có báo cáo được tiếp nhận:"));
            List<MissingUnit> missing = c.missingUnits;
            for (int i = 0; i < missing.size(); i++) {
                out.add(Nd30.dash(missing.get(i).unitName + (i == missing.size() - 1 ? "." : ";")));
            }
        }

        out.add(Nd30.section(section++, "KHÓ KHĂN, VƯỚNG MẮC"));
        lines(out, c.section(SectionKind.DIFFICULTIES).text);
        out.add(Nd30.section(section, "KIẾN NGHỊ, ĐỀ XUẤT"));
        lines(out, c.section(SectionKind.PROPOSALS).text);

        out.add(Nd30.body("Trên đây là báo cáo " + lowerFirst(title()) + " của " + committee + "."));
        Nd30.endMark(out);
        return out;
    }

    private static void lines(List<Block> out, String text) {
        List<String> lines = Nd30.lines(text);
        if (lines.isEmpty()) {
            out.add(Nd30.body("Không có."));
        }
        lines.forEach(l -> out.add(Nd30.body(l)));
    }

    /** STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm N | Kết quả | Đánh giá. */
    private Table targetTable() {
        List<String> header = List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm " + c.year, "Kết quả", "Đánh giá");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (TargetTotal t : c.targets) {
            rows.add(List.of(String.valueOf(n++), name(t), orEmpty(t.unitOfMeasure),
                    t.targetValue == null ? "" : comparison(t.comparison) + number(t.targetValue),
                    t.value == null ? "Chưa có số liệu" : number(t.value),
                    t.attained == null ? "" : t.attained ? "Đạt" : "Chưa đạt"));
        }
        return new Table(header, rows);
    }

    /** STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 | … */
    private Table seriesTable() {
        TreeSet<Integer> years = new TreeSet<>();
        c.seriesValues.forEach(v -> years.add(v.year));
        List<String> header = new ArrayList<>(List.of("STT", "Chỉ tiêu", "Đơn vị tính"));
        years.forEach(y -> header.add("Năm " + y));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (TargetTotal t : c.targets) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(n++), name(t), orEmpty(t.unitOfMeasure)));
            for (Integer y : years) {
                row.add(c.seriesValues.stream().filter(v -> v.targetId.equals(t.targetId) && v.year == y).findFirst()
                        .map(v -> number(v.value)).orElse(""));
            }
            rows.add(row);
        }
        return new Table(List.copyOf(header), rows);
    }

    private List<String> recipients() {
        List<String> out = new ArrayList<>();
        if (recipientName != null && !recipientName.isBlank()) {
            out.add("- " + recipientName.strip() + ";");
        }
        out.add("- Lưu: VT, VHXH.");
        return out;
    }

    /** "UBND xã Vĩnh Bảo" → "Ủy ban nhân dân xã Vĩnh Bảo". */
    private String committee() {
        return c.unitName.strip().replaceFirst("^UBND\\b", "Ủy ban nhân dân");
    }

    private static String name(TargetTotal t) {
        return t.name.strip() + (t.code == null || t.code.isBlank() ? "" : " (" + t.code.strip() + ")");
    }

    private static String comparison(String comparison) {
        if (comparison == null) {
            return "";
        }
        return switch (comparison) {
            case "GTE" -> "≥ ";
            case "LTE" -> "≤ ";
            case "GT" -> "> ";
            case "LT" -> "< ";
            default -> "";
        };
    }

    /** 90.5000 → "90,5" (Vietnamese decimal comma). */
    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String stripPlan(String planTitle) {
        String t = planTitle == null ? "" : planTitle.strip();
        return t.regionMatches(true, 0, "Kế hoạch ", 0, 9) ? t.substring(9).strip() : t;
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
