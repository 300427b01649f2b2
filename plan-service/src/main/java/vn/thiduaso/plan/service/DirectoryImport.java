package vn.thiduaso.plan.service;

import static vn.thiduaso.plan.service.AccessPolicy.require;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.repository.UserRepository;
import vn.thiduaso.plan.service.DirectoryCommands.NewUnit;
import vn.thiduaso.plan.service.DirectoryCommands.NewUser;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/**
 * XLSX import of units and users: a template with Vietnamese headers, then a whole sheet checked row by
 * row before anything is stored (all or nothing). Errors name the cell as {@code rows[N].field}, N being
 * the row number the user sees in the spreadsheet.
 */
@ApplicationScoped
public class DirectoryImport {

    static final String[] UNIT_HEADERS = { "Đơn vị cấp trên (đường dẫn, hoặc mã của một dòng phía trên)", "Mã đơn vị",
            "Tên đơn vị", "Loại đơn vị", "Họ tên thủ trưởng", "Chức vụ thủ trưởng", "Thư điện tử", "Điện thoại" };
    static final String[] UNIT_FIELDS = { "parent", "code", "name", "kind", "headName", "headTitle", "email", "phone" };
    static final String[] USER_HEADERS = { "Tên đăng nhập", "Họ và tên", "Thư điện tử",
            "Vai trò (cách nhau bởi dấu phẩy: unit, council, office, leader, board, admin)", "Đơn vị (đường dẫn)",
            "Mật khẩu tạm" };
    static final String[] USER_FIELDS = { "username", "fullName", "email", "roles", "unit", "temporaryPassword" };
    static final int MAX_ROWS = 2000;

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{0,40}");

    private final DirectoryService directory;
    private final UnitRepository units;
    private final UserRepository users;
    private final AccessPolicy policy;
    private final PasswordPolicy passwords;

    public DirectoryImport(DirectoryService directory, UnitRepository units, UserRepository users, AccessPolicy policy,
            PasswordPolicy passwords) {
        this.directory = directory;
        this.units = units;
        this.users = users;
        this.policy = policy;
        this.passwords = passwords;
    }

    public byte[] unitTemplate() {
        return template("Đơn vị", UNIT_HEADERS, new String[] { "/hai-phong/kien-an", "thon-1", "Thôn 1", "VILLAGE",
                "Nguyễn Văn A", "Trưởng thôn", "thon1@example.vn", "0225 3 000 000" }, kinds());
    }

    public byte[] userTemplate() {
        return template("Người dùng", USER_HEADERS, new String[] { "kienan.thon1", "Nguyễn Văn A", "thon1@example.vn",
                "unit", "/hai-phong/kien-an/thon-1", "Mat-khau-tam-2026" }, null);
    }

    /** Creates every unit of the sheet, or none when any row is wrong. */
    @Transactional
    public List<UUID> importUnits(CallerScope caller, InputStream xlsx) {
        List<String[]> rows = read(xlsx, UNIT_FIELDS.length);
        require(policy.canImportDirectory(caller), "Vai trò của bạn không được nhập đơn vị");
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> sheetPaths = new HashMap<>();
        Set<String> newPaths = new HashSet<>();
        List<Object[]> plan = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (blankRow(r)) {
                continue;
            }
            int n = i + 2;
            int before = errors.size();
            String parentRef = r[0], code = r[1], name = r[2], kindText = r[3];
            String parentPath = null;
            if (parentRef.isEmpty()) {
                errors.add(error(n, "parent", "Cần đơn vị cấp trên"));
            } else if (parentRef.startsWith("/")) {
                Unit parent = units.findByPath(parentRef).filter(u -> caller.covers(u.path)).orElse(null);
                if (parent == null) {
                    errors.add(error(n, "parent", "Không tìm thấy đơn vị cấp trên " + parentRef));
                } else if (!policy.canCreateUnitUnder(caller, parent.path)) {
                    errors.add(error(n, "parent", "Đơn vị cấp trên nằm ngoài phạm vi của bạn"));
                } else if (!parent.active) {
                    errors.add(error(n, "parent", "Đơn vị cấp trên đã ngừng hoạt động"));
                } else {
                    parentPath = parent.path;
                }
            } else if (sheetPaths.containsKey(parentRef)) {
                parentPath = sheetPaths.get(parentRef);
            } else {
                errors.add(error(n, "parent", "Mã " + parentRef + " không có ở dòng nào phía trên"));
            }
            if (!CODE.matcher(code).matches() || code.length() > 80) {
                errors.add(error(n, "code", "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang"));
            }
            if (name.isEmpty() || name.length() > 300) {
                errors.add(error(n, "name", "Tên đơn vị không được để trống (tối đa 300 ký tự)"));
            }
            UnitKind kind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equalsIgnoreCase(kindText)).findFirst()
                    .orElse(null);
            if (kind == null) {
                errors.add(error(n, "kind", "Loại đơn vị không hợp lệ; xem trang \"Loại đơn vị\""));
            }
            if (!r[6].isEmpty() && !EMAIL.matcher(r[6]).matches()) {
                errors.add(error(n, "email", "Thư điện tử không hợp lệ"));
            }
            if (!PHONE.matcher(r[7]).matches()) {
                errors.add(error(n, "phone", "Số điện thoại chỉ gồm chữ số và + ( ) . -"));
            }
            if (r[4].length() > 200 || r[5].length() > 200) {
                errors.add(error(n, r[4].length() > 200 ? "headName" : "headTitle", "Tối đa 200 ký tự"));
            }
            if (parentPath != null && CODE.matcher(code).matches()) {
                String path = parentPath + "/" + code;
                if (!newPaths.add(path) || units.findByPath(path).isPresent()) {
                    errors.add(error(n, "code", "Đã có đơn vị với mã này ở cùng cấp: " + path));
                } else {
                    sheetPaths.put(code, path);
                }
            }
            if (errors.size() == before) {
                plan.add(new Object[] { parentPath, new NewUnit(null, code, name, kind, r[4], r[5], r[6], r[7]) });
            }
        }
        finish(errors, plan.size());
        List<UUID> ids = new ArrayList<>();
        for (Object[] p : plan) {
            NewUnit u = (NewUnit) p[1];
            Unit parent = units.findByPath((String) p[0]).orElseThrow();
            ids.add(directory.createUnit(caller, new NewUnit(parent.id, u.code(), u.name(), u.kind(), u.headName(),
                    u.headTitle(), u.email(), u.phone()), null).id);
        }
        return ids;
    }

    /** Creates every account of the sheet (temporary passwords), or none when any row is wrong. */
    @Transactional
    public List<UUID> importUsers(CallerScope caller, InputStream xlsx) {
        List<String[]> rows = read(xlsx, USER_FIELDS.length);
        require(policy.canImportDirectory(caller), "Vai trò của bạn không được nhập người dùng");
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        List<NewUser> plan = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (blankRow(r)) {
                continue;
            }
            int n = i + 2;
            int before = errors.size();
            String username = r[0].toLowerCase();
            if (!USERNAME.matcher(username).matches()) {
                errors.add(error(n, "username", "Tên đăng nhập gồm 3–100 ký tự chữ thường không dấu, số, dấu chấm, gạch"));
            } else if (!usernames.add(username) || users.findByUsername(username).isPresent()) {
                errors.add(error(n, "username", "Tên đăng nhập đã được sử dụng"));
            }
            if (r[1].isEmpty() || r[1].length() > 200) {
                errors.add(error(n, "fullName", "Họ tên không được để trống (tối đa 200 ký tự)"));
            }
            if (!EMAIL.matcher(r[2]).matches()) {
                errors.add(error(n, "email", "Thư điện tử không hợp lệ"));
            }
            List<String> roles = Arrays.stream(r[3].split("[,;]")).map(String::trim).filter(s -> !s.isEmpty())
                    .distinct().toList();
            boolean rolesValid = !roles.isEmpty() && Roles.ALL.containsAll(roles);
            if (!rolesValid) {
                errors.add(error(n, "roles", "Vai trò không hợp lệ; dùng: " + String.join(", ", Roles.ALL)));
            }
            // a unit outside the caller's scope reads like one that does not exist
            Unit unit = units.findByPath(r[4]).filter(u -> caller.covers(u.path)).orElse(null);
            if (unit == null) {
                errors.add(error(n, "unit", "Không tìm thấy đơn vị " + r[4]));
            } else if (!unit.active) {
                errors.add(error(n, "unit", "Đơn vị đã ngừng hoạt động"));
            } else if (rolesValid && !policy.canGrantRoles(caller, unit.path, roles)) {
                errors.add(error(n, "roles", "Bạn chỉ được cấp vai trò đơn vị và hội đồng cho đơn vị trong xã, phường của mình"));
            }
            try {
                passwords.check("temporaryPassword", r[5], username);
            } catch (InvalidFieldException e) {
                errors.add(error(n, "temporaryPassword", e.errors().get(0).message()));
            }
            if (errors.size() == before) {
                plan.add(new NewUser(username, r[1], r[2], roles, unit.id, r[5]));
            }
        }
        finish(errors, plan.size());
        return plan.stream().map(u -> directory.createUser(caller, u, null).user().id).toList();
    }

    private static void finish(List<Problem.FieldError> errors, int valid) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        if (valid == 0) {
            throw new InvalidFieldException("file", "Tệp không có dòng dữ liệu nào (dòng 1 là tiêu đề)");
        }
    }

    private static Problem.FieldError error(int row, String field, String message) {
        return new Problem.FieldError("rows[" + row + "]." + field, "Dòng " + row + ": " + message);
    }

    private static boolean blankRow(String[] r) {
        return Arrays.stream(r).allMatch(String::isEmpty);
    }

    /** Data rows (below the header) of the first sheet, as trimmed texts. */
    static List<String[]> read(InputStream xlsx, int columns) {
        List<String[]> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new InvalidFieldException("file", "Tệp có quá " + MAX_ROWS + " dòng");
            }
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                String[] values = new String[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = row == null || row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)).strip();
                }
                rows.add(values);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFieldException ife) {
                throw ife;
            }
            throw new InvalidFieldException("file", "Không đọc được tệp Excel (.xlsx)");
        }
        return rows;
    }

    private static byte[] template(String sheetName, String[] headers, String[] example, String[][] secondSheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            Row sample = sheet.createRow(1);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
                header.getCell(c).setCellStyle(bold);
                sample.createCell(c).setCellValue(example[c]);
                sheet.setColumnWidth(c, 28 * 256);
            }
            if (secondSheet != null) {
                Sheet kinds = workbook.createSheet("Loại đơn vị");
                for (int i = 0; i < secondSheet.length; i++) {
                    Row row = kinds.createRow(i);
                    row.createCell(0).setCellValue(secondSheet[i][0]);
                    row.createCell(1).setCellValue(secondSheet[i][1]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[][] kinds() {
        return new String[][] { { "Mã", "Ý nghĩa" }, { "CITY", "Thành phố trực thuộc trung ương" }, { "PROVINCE", "Tỉnh" },
                { "COMMUNE", "Xã" }, { "WARD", "Phường" }, { "OFFICE", "Phòng chuyên môn" },
                { "CENTRE", "Trung tâm" }, { "VILLAGE", "Thôn, tổ dân phố" }, { "SCHOOL", "Trường học" },
                { "ENTERPRISE", "Doanh nghiệp" }, { "MASS_ORGANISATION", "Mặt trận, đoàn thể" },
                { "POLICE", "Công an" }, { "PARTY_BODY", "Cơ quan Đảng" }, { "OTHER", "Khác" } };
    }
}
