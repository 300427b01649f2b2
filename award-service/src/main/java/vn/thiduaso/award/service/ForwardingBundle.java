package vn.thiduaso.award.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.repository.ForwardingRepository.AttachmentRow;
import vn.thiduaso.award.service.ForwardingService.ForwardingDetail;
import vn.thiduaso.platform.document.Nd30;
import vn.thiduaso.platform.document.OfficialDocument;
import vn.thiduaso.platform.document.OfficialDocumentRenderer;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * The dossier bundle a commune sends its board (bộ hồ sơ đề nghị khen thưởng): the tờ trình as DOCX in
 * the ND30 layout, the list of nominees as XLSX, and every attachment of every dossier in a folder
 * per nominee. Attachments are streamed chunk by chunk, never held whole.
 */
@ApplicationScoped
public class ForwardingBundle {

    public static final String LETTER_FILE = "To-trinh.docx";
    public static final String LIST_FILE = "Danh-sach-de-nghi.xlsx";
    private static final List<String> LIST_HEADER = List.of("STT", "Họ và tên / Tập thể", "Loại", "Ngày sinh",
            "Chức vụ", "Đơn vị đề nghị", "Hình thức khen thưởng", "Tóm tắt thành tích");

    private final ForwardingService forwardings;
    private final OfficialDocumentRenderer renderer = new OfficialDocumentRenderer();

    public ForwardingBundle(ForwardingService forwardings) {
        this.forwardings = forwardings;
    }

    /** "Ho-so-to-trinh-25-TTr-UBND.zip" (ASCII: the name goes into a header as is). */
    public String fileName(ForwardingDetail d) {
        String letter = d.forwarding().letterNumber == null ? d.forwarding().id.toString().substring(0, 8)
                : d.forwarding().letterNumber.replaceAll("[^A-Za-z0-9]+", "-");
        return "Ho-so-de-nghi-" + letter + ".zip";
    }

    public void write(ForwardingDetail d, OutputStream target) {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            zip.putNextEntry(new ZipEntry(LETTER_FILE));
            zip.write(renderer.docx(letter(d)));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(LIST_FILE));
            zip.write(list(d));
            zip.closeEntry();
            Map<UUID, List<AttachmentRow>> byNomination = d.attachments().stream()
                    .collect(Collectors.groupingBy(AttachmentRow::nominationId));
            for (int i = 0; i < d.nominations().size(); i++) {
                Nomination n = d.nominations().get(i);
                String folder = String.format("%02d - %s/", i + 1, safe(n.nomineeName));
                zip.putNextEntry(new ZipEntry(folder));
                zip.closeEntry();
                Set<String> used = new HashSet<>();
                for (AttachmentRow a : byNomination.getOrDefault(n.id, List.of())) {
                    String name = safe(a.kind() + " - " + a.fileName());
                    while (!used.add(name)) {
                        name = "1-" + name;
                    }
                    zip.putNextEntry(new ZipEntry(folder + name));
                    byte[] chunk;
                    for (int seq = 0; (chunk = forwardings.attachmentChunk(a.id(), seq)) != null; seq++) {
                        zip.write(chunk);
                    }
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tờ trình đề nghị khen thưởng (ND30 Phụ lục I, mẫu 1.3 style). */
    OfficialDocument letter(ForwardingDetail d) {
        String commune = d.communeName() == null ? "UBND xã" : d.communeName();
        String place = commune.replaceFirst("^(UBND|Ủy ban nhân dân)\\s+", "").replaceFirst("^(xã|phường|thị trấn)\\s+", "");
        String board = d.boardUnitName() == null ? "tỉnh/thành phố" : d.boardUnitName();
        LocalDate date = VietnamTime.dateOf(d.forwarding().forwardedAt);
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(new OfficialDocument.Paragraph(OfficialDocument.Kind.BODY, List.of(
                new OfficialDocument.Run("Kính gửi: ", true, false),
                OfficialDocument.Run.plain("Ban Thi đua - Khen thưởng " + board + "."))));
        body.add(Nd30.body("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và các văn bản hướng dẫn thi hành;"));
        body.add(Nd30.body("Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng và kết quả công khai hồ sơ,"));
        body.add(Nd30.body(commune.replaceFirst("^UBND\\b", "Ủy ban nhân dân") + " kính đề nghị Ban Thi đua - Khen thưởng " + board
                + " xem xét, trình cấp có thẩm quyền khen thưởng cho " + d.nominations().size()
                + " tập thể, cá nhân có thành tích xuất sắc, cụ thể như sau:"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < d.nominations().size(); i++) {
            Nomination n = d.nominations().get(i);
            rows.add(List.of(String.valueOf(i + 1), n.nomineeName, nullToEmpty(n.nominatingUnitName),
                    d.formNames().getOrDefault(n.formCode, n.formCode)));
        }
        body.add(new OfficialDocument.Table(List.of("STT", "Tên tập thể, cá nhân", "Đơn vị đề nghị", "Hình thức đề nghị"), rows));
        body.add(Nd30.body("(Có danh sách, báo cáo thành tích và hồ sơ kèm theo.)"));
        if (d.forwarding().note != null) {
            body.add(Nd30.body(d.forwarding().note));
        }
        body.add(Nd30.body("Kính đề nghị Ban Thi đua - Khen thưởng " + board + " xem xét, giải quyết./."));
        return new OfficialDocument("", Nd30.issuingBodyLines(Nd30.bodyName(commune)),
                Nd30.numberLine(d.forwarding().letterNumber, "/TTr-UBND"), Nd30.placeAndDate(place, date), false,
                "TỜ TRÌNH", "Về việc đề nghị khen thưởng", body,
                List.of("- Như trên;", "- Lưu: VT."), List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "");
    }

    /** Danh sách đề nghị khen thưởng as a sheet. */
    byte[] list(ForwardingDetail d) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách đề nghị");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < LIST_HEADER.size(); c++) {
                header.createCell(c).setCellValue(LIST_HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int i = 0; i < d.nominations().size(); i++) {
                Nomination n = d.nominations().get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(n.nomineeName);
                row.createCell(2).setCellValue(kind(n.nomineeKind));
                row.createCell(3).setCellValue(n.nominee == null || n.nominee.dateOfBirth() == null ? ""
                        : VietnamTime.DATE.format(n.nominee.dateOfBirth()));
                row.createCell(4).setCellValue(n.nominee == null ? "" : nullToEmpty(n.nominee.position()));
                row.createCell(5).setCellValue(nullToEmpty(n.nominatingUnitName));
                row.createCell(6).setCellValue(d.formNames().getOrDefault(n.formCode, n.formCode));
                row.createCell(7).setCellValue(nullToEmpty(n.achievements));
            }
            for (int c = 0; c < LIST_HEADER.size() - 1; c++) {
                sheet.autoSizeColumn(c);
            }
            sheet.setColumnWidth(LIST_HEADER.size() - 1, 80 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kind(NomineeKind k) {
        return switch (k) {
            case INDIVIDUAL -> "Cá nhân";
            case COLLECTIVE -> "Tập thể";
            case HOUSEHOLD -> "Hộ gia đình";
            case INITIATIVE -> "Sáng kiến";
        };
    }

    private static String safe(String s) {
        return s.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]+", "_").trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
