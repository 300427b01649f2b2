package vn.thiduaso.award.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.platform.file.FileType;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.Problem.FieldError;
import vn.thiduaso.platform.security.CallerScope;

/**
 * Nominees from an XLSX sheet: a template per round (columns, a Vietnamese instruction row, the round's
 * form codes and the nominee kinds as list validations) and an all-or-nothing import — every row is
 * checked as a dossier would be, errors name the row ("row 3: nominee.dateOfBirth") and nothing is
 * created unless every row is valid.
 */
@ApplicationScoped
public class NominationImportService {

    /** Column keys in order; the header row prints them with their Vietnamese label. */
    static final List<String> COLUMNS = List.of("formCode", "nomineeKind", "fullName", "dateOfBirth", "gender",
            "position", "unitName", "householdHead", "address", "initiativeTitle", "recognisingBody", "recognisedOn",
            "authors", "achievements");
    private static final List<String> LABELS = List.of("Mã hình thức", "Loại đối tượng", "Họ và tên", "Ngày sinh",
            "Giới tính", "Chức vụ", "Tên tập thể / đơn vị", "Chủ hộ", "Địa chỉ", "Tên sáng kiến",
            "Cơ quan công nhận", "Ngày công nhận", "Tác giả", "Thành tích");
    private static final String INSTRUCTION = "Hướng dẫn: mỗi dòng từ dòng 3 là một đối tượng. Loại đối tượng: "
            + "INDIVIDUAL (cá nhân: họ tên, ngày sinh, chức vụ), COLLECTIVE (tập thể: tên), HOUSEHOLD (hộ gia đình: "
            + "chủ hộ, địa chỉ), INITIATIVE (sáng kiến: tên, cơ quan công nhận, ngày công nhận, tác giả). "
            + "Ngày ghi dd/MM/yyyy. Không xóa dòng này.";
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final int FIRST_DATA_ROW = 2;
    private static final int MAX_ROWS = 1000;

    private final NominationService nominations;
    private final AwardFormRepository forms;
    private final AwardRoundService rounds;

    public NominationImportService(NominationService nominations, AwardFormRepository forms, AwardRoundService rounds) {
        this.nominations = nominations;
        this.forms = forms;
        this.rounds = rounds;
    }

    /** The template of a round the caller may nominate in. */
    @Transactional
    public byte[] template(CallerScope caller, UUID roundId) {
        AwardRound round = nominations.roundFor(caller, roundId);
        // a unit the round does not ask for nominations does not see the round (404), nor its template
        rounds.get(caller, roundId);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("De nghi");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(LABELS.get(i) + " (" + COLUMNS.get(i) + ")");
                c.setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
            }
            sheet.createRow(1).createCell(0).setCellValue(INSTRUCTION);
            Sheet list = wb.createSheet("Hinh thuc");
            Row lh = list.createRow(0);
            lh.createCell(0).setCellValue("Mã hình thức");
            lh.createCell(1).setCellValue("Tên hình thức");
            int r = 1;
            for (String code : round.formCodes) {
                Row row = list.createRow(r++);
                row.createCell(0).setCellValue(code);
                row.createCell(1).setCellValue(forms.findByCode(code).map(f -> f.name).orElse(code));
            }
            DataValidationHelper dv = sheet.getDataValidationHelper();
            if (!round.formCodes.isEmpty()) {
                var formList = dv.createFormulaListConstraint("'Hinh thuc'!$A$2:$A$" + (round.formCodes.size() + 1));
                sheet.addValidationData(dv.createValidation(formList,
                        new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + MAX_ROWS, 0, 0)));
            }
            var kinds = dv.createExplicitListConstraint(
                    java.util.Arrays.stream(NomineeKind.values()).map(Enum::name).toArray(String[]::new));
            sheet.addValidationData(dv.createValidation(kinds,
                    new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + MAX_ROWS, 1, 1)));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates one DRAFT per row, or nothing: 400 listing every row's errors. */
    @Transactional
    public List<UUID> importSheet(CallerScope caller, UUID roundId, UUID nominatingUnitId, Path file) {
        AwardRound round = nominations.roundFor(caller, roundId);
        if (FileType.detect(file).filter(t -> t == FileType.XLSX).isEmpty()) {
            throw new InvalidFieldException("file", "Cần tệp Excel (.xlsx) theo mẫu");
        }
        List<FieldError> errors = new ArrayList<>();
        List<NominationService.Prepared> prepared = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            requireHeader(sheet.getRow(0));
            DataFormatter fmt = new DataFormatter();
            for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blankRow(row, fmt)) {
                    continue;
                }
                if (prepared.size() + errors.size() > MAX_ROWS) {
                    throw new InvalidFieldException("file", "Tối đa " + MAX_ROWS + " dòng mỗi lần nhập");
                }
                String prefix = "row " + (r + 1) + ": ";
                List<FieldError> rowErrors = new ArrayList<>();
                NominationInput input = input(row, fmt, nominatingUnitId, prefix, rowErrors);
                if (!rowErrors.isEmpty()) {
                    errors.addAll(rowErrors);
                    continue;
                }
                NominationService.Prepared p = nominations.prepare(caller, round, input, prefix, rowErrors,
                        NominationAction.IMPORTED);
                if (p == null) {
                    errors.addAll(rowErrors);
                } else if (!keys.add(p.nomination().formCode + "|" + p.nomination().nomineeKey)) {
                    errors.add(new FieldError(prefix + "nominee", "Trùng với một dòng trước trong tệp"));
                } else {
                    prepared.add(p);
                }
            }
        } catch (IOException | org.apache.poi.EmptyFileException | org.apache.poi.EncryptedDocumentException
                | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new InvalidFieldException("file", "Không đọc được tệp Excel");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        if (prepared.isEmpty()) {
            throw new InvalidFieldException("file", "Tệp không có dòng dữ liệu nào (từ dòng 3)");
        }
        prepared.forEach(nominations::persistNew);
        return prepared.stream().map(p -> p.nomination().id).toList();
    }

    private static void requireHeader(Row header) {
        if (header == null) {
            throw new InvalidFieldException("file", "Tệp không theo mẫu (thiếu dòng tiêu đề)");
        }
        DataFormatter fmt = new DataFormatter();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (!fmt.formatCellValue(header.getCell(i)).contains("(" + COLUMNS.get(i) + ")")) {
                throw new InvalidFieldException("file", "Tệp không theo mẫu: cột " + (i + 1) + " phải là "
                        + LABELS.get(i) + " (" + COLUMNS.get(i) + ")");
            }
        }
    }

    private static boolean blankRow(Row row, DataFormatter fmt) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (!fmt.formatCellValue(row.getCell(i)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static NominationInput input(Row row, DataFormatter fmt, UUID nominatingUnitId, String prefix,
            List<FieldError> errors) {
        String kindText = text(row, 1, fmt);
        NomineeKind kind = null;
        if (kindText == null) {
            errors.add(new FieldError(prefix + "nomineeKind", "Cần loại đối tượng"));
        } else {
            try {
                kind = NomineeKind.valueOf(kindText.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "nomineeKind",
                        "Loại đối tượng là INDIVIDUAL, COLLECTIVE, HOUSEHOLD hoặc INITIATIVE"));
            }
        }
        Nominee nominee = new Nominee(text(row, 2, fmt), date(row, 3, fmt, prefix + "nominee.dateOfBirth", errors),
                text(row, 4, fmt), text(row, 5, fmt), null, text(row, 6, fmt), text(row, 7, fmt), text(row, 8, fmt),
                text(row, 9, fmt), text(row, 10, fmt), date(row, 11, fmt, prefix + "nominee.recognisedOn", errors),
                text(row, 12, fmt));
        return new NominationInput(text(row, 0, fmt), nominatingUnitId, kind, nominee, text(row, 13, fmt), List.of(),
                List.of());
    }

    private static String text(Row row, int col, DataFormatter fmt) {
        String v = fmt.formatCellValue(row.getCell(col)).strip();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(Row row, int col, DataFormatter fmt, String field, List<FieldError> errors) {
        Cell c = row.getCell(col);
        if (c == null) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate();
        }
        String v = fmt.formatCellValue(c).strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v, VN_DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(
                        java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e2) {
                errors.add(new FieldError(field, "Ngày không hợp lệ (dd/MM/yyyy): " + v));
                return null;
            }
        }
    }

}
