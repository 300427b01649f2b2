package vn.thiduaso.report.service.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.report.service.dashboard.Dashboards.Attainment;
import vn.thiduaso.report.service.dashboard.Dashboards.CodeTrend;
import vn.thiduaso.report.service.dashboard.Dashboards.CommuneCounts;
import vn.thiduaso.report.service.dashboard.Dashboards.Completeness;
import vn.thiduaso.report.service.dashboard.Dashboards.Counts;
import vn.thiduaso.report.service.dashboard.Dashboards.KindCounts;
import vn.thiduaso.report.service.dashboard.Dashboards.PeriodCounts;
import vn.thiduaso.report.service.dashboard.Dashboards.TargetAttainment;
import vn.thiduaso.report.service.dashboard.Dashboards.TrendPoint;
import vn.thiduaso.report.service.dashboard.Dashboards.UnitRow;
import vn.thiduaso.report.service.dashboard.Dashboards.UnitValue;

/**
 * The dashboards' tables as XLSX (Apache POI), Vietnamese headers: the same figures as the JSON,
 * numbers as numbers (sums and filters work in the spreadsheet), instants as dd/MM/yyyy HH:mm in Vietnam.
 */
@ApplicationScoped
public class DashboardWorkbooks {

    static final List<String> COUNT_HEADERS = List.of("Phải báo cáo", "Đã gửi", "Đúng hạn", "Muộn", "Bị trả lại",
            "Đã tiếp nhận", "Quá hạn chưa gửi", "Chưa đến hạn");

    public byte[] completeness(Completeness c) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet summary = wb.createSheet("Tổng hợp");
            int r = title(summary, st, "Tình hình báo cáo (tính đến " + instant(c.asOf()) + ")");
            List<String> header = new ArrayList<>(List.of("Nhóm", "Tên"));
            header.addAll(COUNT_HEADERS);
            r = header(summary, st, r, header);
            r = countsRow(summary, r, "Tổng cộng", "", c.totals());
            for (KindCounts k : c.byUnitKind()) {
                r = countsRow(summary, r, "Loại đơn vị", unitKind(k.unitKind()), k.counts());
            }
            for (CommuneCounts k : c.byCommune()) {
                r = countsRow(summary, r, "Xã, phường", k.communeName(), k.counts());
            }
            for (PeriodCounts p : c.periods()) {
                countsRow(summary, r++, "Kỳ báo cáo", p.title() + (p.secondHop() ? " (xã báo cáo cấp trên)" : ""),
                        p.counts());
            }
            widths(summary, 18, 60);

            Sheet units = wb.createSheet("Theo đơn vị");
            int u = title(units, st, "Tình hình báo cáo theo đơn vị" + (c.byUnitTruncated()
                    ? " (" + c.byUnit().size() + "/" + c.byUnitTotal() + " dòng đầu)" : ""));
            u = header(units, st, u, List.of("STT", "Xã, phường", "Đơn vị", "Loại đơn vị", "Kỳ báo cáo", "Năm", "Hạn nộp",
                    "Trạng thái báo cáo", "Tình hình", "Ngày gửi", "Muộn (giờ)"));
            int n = 1;
            for (UnitRow row : c.byUnit()) {
                Row x = units.createRow(u++);
                num(x, 0, n++);
                text(x, 1, row.communeName());
                text(x, 2, row.unitName());
                text(x, 3, unitKind(row.unitKind()));
                text(x, 4, row.periodTitle());
                num(x, 5, row.year());
                text(x, 6, instant(row.dueAt()));
                text(x, 7, reportStatus(row.status()));
                text(x, 8, state(row.state()));
                text(x, 9, instant(row.submittedAt()));
                if (row.late()) {
                    num(x, 10, Math.ceil(row.lateSeconds() / 3600.0));
                }
            }
            widths(units, 6, 30, 36, 20, 50, 8, 18, 22, 18, 18, 12);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] attainment(Attainment a) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet targets = wb.createSheet("Chỉ tiêu");
            int r = title(targets, st, "Kết quả thực hiện chỉ tiêu" + (a.year() == null ? "" : " năm " + a.year()));
            r = header(targets, st, r, List.of("STT", "Xã, phường", "Mã", "Chỉ tiêu", "Đơn vị tính", "Năm", "Chỉ tiêu của xã",
                    "Kết quả", "Tổng tử số", "Tổng mẫu số", "Số đơn vị báo cáo", "Đánh giá"));
            int n = 1;
            for (TargetAttainment t : a.targets()) {
                Row x = targets.createRow(r++);
                num(x, 0, n++);
                text(x, 1, t.communeName());
                text(x, 2, t.targetCode());
                text(x, 3, t.targetName());
                text(x, 4, t.unitOfMeasure());
                if (t.year() != null) {
                    num(x, 5, t.year());
                }
                decimal(x, 6, t.targetValue());
                figure(x, 7, t.value(), t.numerator(), t.denominator(), t.reportingUnits(), t.attained());
            }
            widths(targets, 6, 30, 10, 50, 12, 8, 14, 12, 12, 12, 14, 12);

            Sheet units = wb.createSheet("Theo đơn vị");
            int u = title(units, st, "Kết quả chỉ tiêu theo đơn vị");
            u = header(units, st, u, List.of("STT", "Xã, phường", "Mã", "Chỉ tiêu", "Đơn vị", "Loại đơn vị", "Năm",
                    "Chỉ tiêu", "Kết quả", "Tử số", "Mẫu số", "Số đơn vị", "Đánh giá"));
            n = 1;
            for (TargetAttainment t : a.targets()) {
                for (UnitValue v : t.units()) {
                    Row x = units.createRow(u++);
                    num(x, 0, n++);
                    text(x, 1, t.communeName());
                    text(x, 2, t.targetCode());
                    text(x, 3, t.targetName());
                    text(x, 4, v.unitName());
                    text(x, 5, unitKind(v.unitKind()));
                    if (t.year() != null) {
                        num(x, 6, t.year());
                    }
                    decimal(x, 7, t.targetValue());
                    figure(x, 8, v.value(), v.numerator(), v.denominator(), v.reportingUnits(), v.attained());
                }
            }
            widths(units, 6, 30, 10, 40, 36, 20, 8, 12, 12, 12, 12, 10, 12);

            Sheet trend = wb.createSheet("Qua các năm");
            TreeSet<Integer> years = new TreeSet<>();
            a.targets().forEach(t -> t.trend().forEach(p -> years.add(p.year())));
            int y = title(trend, st, "Kết quả chỉ tiêu qua các năm");
            List<String> head = new ArrayList<>(List.of("STT", "Xã, phường", "Mã", "Chỉ tiêu", "Đơn vị tính"));
            years.forEach(year -> head.add("Năm " + year));
            y = header(trend, st, y, head);
            n = 1;
            for (TargetAttainment t : a.targets()) {
                Row x = trend.createRow(y++);
                num(x, 0, n++);
                text(x, 1, t.communeName());
                text(x, 2, t.targetCode());
                text(x, 3, t.targetName());
                text(x, 4, t.unitOfMeasure());
                int col = 5;
                for (Integer year : years) {
                    TrendPoint p = t.trend().stream().filter(q -> q.year() == year).findFirst().orElse(null);
                    decimal(x, col++, p == null ? null : p.value());
                }
            }
            if (!a.byCode().isEmpty()) {
                y++;
                y = header(trend, st, y, List.of("", "Toàn địa bàn", "Mã", "Năm", "Số xã", "Kết quả", "Tổng tử số",
                        "Tổng mẫu số", "Số đơn vị"));
                for (CodeTrend ct : a.byCode()) {
                    Row x = trend.createRow(y++);
                    text(x, 1, "Toàn địa bàn");
                    text(x, 2, ct.code());
                    num(x, 3, ct.year());
                    num(x, 4, ct.communes());
                    decimal(x, 5, ct.value());
                    decimal(x, 6, ct.numerator());
                    decimal(x, 7, ct.denominator());
                    num(x, 8, ct.reportingUnits());
                }
            }
            widths(trend, 6, 30, 10, 50, 12);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- cells ---------------------------------------------------------------------------------

    private record Styles(CellStyle title, CellStyle header) {
        Styles(Workbook wb) {
            this(style(wb, 14, false), style(wb, 11, true));
        }

        private static CellStyle style(Workbook wb, int size, boolean fill) {
            Font f = wb.createFont();
            f.setBold(true);
            f.setFontHeightInPoints((short) size);
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            if (fill) {
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setWrapText(true);
            }
            return s;
        }
    }

    private static int title(Sheet sheet, Styles st, String title) {
        Cell c = sheet.createRow(0).createCell(0);
        c.setCellValue(title);
        c.setCellStyle(st.title());
        return 2;
    }

    private static int header(Sheet sheet, Styles st, int row, List<String> names) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < names.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(st.header());
        }
        sheet.createFreezePane(0, row + 1);
        return row + 1;
    }

    private static int countsRow(Sheet sheet, int row, String group, String name, Counts c) {
        Row r = sheet.createRow(row);
        text(r, 0, group);
        text(r, 1, name);
        long[] values = { c.expected(), c.submitted(), c.onTime(), c.late(), c.returned(), c.accepted(), c.missing(),
                c.notYetDue() };
        for (int i = 0; i < values.length; i++) {
            num(r, 2 + i, values[i]);
        }
        return row + 1;
    }

    private static void figure(Row x, int col, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            int reportingUnits, Boolean attained) {
        decimal(x, col, value);
        decimal(x, col + 1, numerator);
        decimal(x, col + 2, denominator);
        num(x, col + 3, reportingUnits);
        text(x, col + 4, attained == null ? "" : attained ? "Đạt" : "Chưa đạt");
    }

    private static void text(Row r, int col, String value) {
        r.createCell(col).setCellValue(value == null ? "" : value);
    }

    private static void num(Row r, int col, double value) {
        r.createCell(col).setCellValue(value);
    }

    private static void decimal(Row r, int col, BigDecimal value) {
        if (value != null) {
            r.createCell(col).setCellValue(value.doubleValue());
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static String instant(Instant at) {
        return at == null ? "" : VietnamTime.date(at) + " " + VietnamTime.time(at);
    }

    /** Unit kinds as the directory names them, in Vietnamese. */
    static String unitKind(String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "CITY" -> "Thành phố";
            case "PROVINCE" -> "Tỉnh";
            case "COMMUNE" -> "Xã";
            case "WARD" -> "Phường";
            case "OFFICE" -> "Phòng chuyên môn";
            case "CENTRE" -> "Trung tâm";
            case "VILLAGE" -> "Thôn, tổ dân phố";
            case "SCHOOL" -> "Trường học";
            case "ENTERPRISE" -> "Doanh nghiệp";
            case "MASS_ORGANISATION" -> "Tổ chức chính trị - xã hội";
            case "POLICE" -> "Công an";
            case "PARTY_BODY" -> "Cơ quan Đảng";
            default -> "Khác";
        };
    }

    static String reportStatus(String status) {
        return switch (status == null ? "" : status) {
            case "NOT_STARTED" -> "Chưa lập";
            case "DRAFT" -> "Dự thảo";
            case "AWAITING_CONFIRMATION" -> "Chờ lãnh đạo xác nhận";
            case "SUBMITTED" -> "Đã gửi";
            case "RETURNED" -> "Bị trả lại";
            case "ACCEPTED" -> "Đã tiếp nhận";
            default -> status == null ? "" : status;
        };
    }

    static String state(String state) {
        return switch (state == null ? "" : state) {
            case "ON_TIME" -> "Đúng hạn";
            case "LATE" -> "Muộn";
            case "MISSING" -> "Quá hạn chưa gửi";
            case "NOT_YET_DUE" -> "Chưa đến hạn";
            default -> "";
        };
    }
}
