package vn.thiduaso.platform.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.thiduaso.platform.document.OfficialDocument.Block;
import vn.thiduaso.platform.document.OfficialDocument.Kind;
import vn.thiduaso.platform.document.OfficialDocument.Paragraph;
import vn.thiduaso.platform.document.OfficialDocument.Run;

/**
 * The wording rules of Nghị định 30/2020/NĐ-CP that every document shares: capitals in the header,
 * the issuing body broken after "ỦY BAN NHÂN DÂN", the place-and-date line, the number line, Roman
 * section numbers and the closing "./.".
 */
public final class Nd30 {

    public static final Locale VI = Locale.forLanguageTag("vi");

    private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX" };

    public static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(VI);
    }

    /** "UBND phường Kiến An" → "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN". */
    public static String bodyName(String name) {
        String full = (name == null ? "" : name.trim()).replaceFirst("^UBND\\b", "Ủy ban nhân dân");
        return upper(full);
    }

    /**
     * The body's name as the header prints it: a long "ỦY BAN NHÂN DÂN XÃ VĨNH BẢO" breaks after
     * "ỦY BAN NHÂN DÂN", so the commune's name is not split across lines by the column width.
     */
    public static List<String> issuingBodyLines(String issuingBody) {
        String body = upper(issuingBody);
        String committee = "ỦY BAN NHÂN DÂN ";
        if (body.length() > 24 && body.startsWith(committee)) {
            return List.of(committee.trim(), body.substring(committee.length()).trim());
        }
        return List.of(body);
    }

    /**
     * "Số: 150/KH-UBND", or for a document without number yet the blank to write it in, kept by
     * no-break spaces (HTML would collapse plain ones): "Số:          /BC-UBND".
     */
    public static String numberLine(String number, String blankSuffix) {
        return number == null || number.isBlank() ? "Số:" + "\u00a0".repeat(10) + blankSuffix : "Số: " + number.trim();
    }

    /** "Kiến An, ngày 05 tháng 11 năm 2025" (a leading zero for days below 10 and for months 1 and 2); no date: "ngày … tháng … năm …". */
    public static String placeAndDate(String place, LocalDate date) {
        String prefix = place == null || place.isBlank() ? "" : place.trim() + ", ";
        if (date == null) {
            return prefix + "ngày … tháng … năm …";
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return prefix + "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** "I. MỤC ĐÍCH, YÊU CẦU" for index 0. */
    public static Paragraph section(int index, String heading) {
        String roman = index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1);
        return new Paragraph(Kind.SECTION, List.of(new Run(roman + ". " + heading, true, false)));
    }

    public static Paragraph itemHeading(String text) {
        return new Paragraph(Kind.ITEM_HEADING, List.of(new Run(text, true, false)));
    }

    public static Paragraph body(String text) {
        return new Paragraph(Kind.BODY, List.of(Run.plain(text)));
    }

    /** A dash item "- …" (kept as is when it already starts with "-" or "+"). */
    public static Paragraph dash(String text) {
        String t = text == null ? "" : text.trim();
        return body(t.startsWith("-") || t.startsWith("+") ? t : "- " + t);
    }

    /** The non-blank lines of a text, trimmed (each becomes a paragraph). */
    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** ND30 closes the content with "./." after its last paragraph (when the body ends with body text). */
    public static void endMark(List<Block> out) {
        if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Paragraph last) || last.kind() != Kind.BODY) {
            return;
        }
        List<Run> runs = new ArrayList<>(last.runs());
        Run r = runs.get(runs.size() - 1);
        String t = r.text().stripTrailing();
        if (t.endsWith("./.")) {
            return;
        }
        t = t.endsWith(".") || t.endsWith(";") || t.endsWith(":") ? t.substring(0, t.length() - 1) + "./." : t + "./.";
        runs.set(runs.size() - 1, new Run(t, r.bold(), r.italic()));
        out.set(out.size() - 1, new Paragraph(last.kind(), List.copyOf(runs)));
    }

    private Nd30() {
    }
}
