package vn.thiduaso.platform.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An administrative document laid out after Nghị định 30/2020/NĐ-CP (Phụ lục I), independent of the
 * file format: the header block (issuing body, number, national motto, place and date), the kind of
 * document ("KẾ HOẠCH", "BÁO CÁO") and its title, the body as paragraphs and grids, and the closing
 * block (Nơi nhận, signer). {@link OfficialDocumentRenderer} draws the same words as DOCX and PDF;
 * each service builds this from its own domain (a plan, a commune's consolidated report).
 *
 * @param parentAuthority  the issuing body's superior in capitals, or "" (a commune's committee has none)
 * @param issuingBodyLines the issuing body in capitals, one or two lines ({@link Nd30#issuingBodyLines})
 * @param numberLine       "Số: 150/KH-UBND", or the blank "Số:      /BC-UBND" of a document without number
 * @param placeAndDate     "Vĩnh Bảo, ngày 05 tháng 11 năm 2025" ({@link Nd30#placeAndDate})
 * @param draft            prints "DỰ THẢO" boxed under the header
 * @param kind             "KẾ HOẠCH", "BÁO CÁO"
 * @param title            the line under the kind ("Kết quả thực hiện …")
 * @param body             paragraphs and grids in reading order
 * @param recipients       the "Nơi nhận" lines, each starting with "- "
 * @param signerLines      the signer's capital lines (authority, capacity, title) without the name
 * @param signerName       printed under the space left for the signature (may be "")
 */
public record OfficialDocument(String parentAuthority, List<String> issuingBodyLines, String numberLine,
        String placeAndDate, boolean draft, String kind, String title, List<Block> body, List<String> recipients,
        List<String> signerLines, String signerName) {

    public OfficialDocument {
        parentAuthority = parentAuthority == null ? "" : parentAuthority;
        issuingBodyLines = issuingBodyLines == null ? List.of() : List.copyOf(issuingBodyLines);
        body = body == null ? List.of() : List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        signerLines = signerLines == null ? List.of() : List.copyOf(signerLines);
        signerName = signerName == null ? "" : signerName;
        title = title == null ? "" : title;
    }

    /** What a paragraph is; the renderers give each kind its ND30 look. */
    public enum Kind {
        /** "I. MỤC ĐÍCH, YÊU CẦU": bold, uppercase. */
        SECTION,
        /** "1. Mục đích": bold. */
        ITEM_HEADING,
        /** Body text, justified, first line indented. */
        BODY
    }

    /** A piece of text of one look. */
    public record Run(String text, boolean bold, boolean italic) {

        public static Run plain(String text) {
            return new Run(text, false, false);
        }
    }

    /** One block of the body: a paragraph or a small grid. */
    public sealed interface Block permits Paragraph, Table {
    }

    /**
     * A bordered grid; the first row is the header. By ND30 custom column 0 is the number (STT) and
     * column 1 the name (wide, left-aligned); the other columns share the rest.
     */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    public record Paragraph(Kind kind, List<Run> runs) implements Block {

        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }
    }
}
