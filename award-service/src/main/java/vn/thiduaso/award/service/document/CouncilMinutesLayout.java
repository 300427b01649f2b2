package vn.thiduaso.award.service.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.thiduaso.award.domain.council.BallotChoice;
import vn.thiduaso.award.domain.council.CouncilSession;
import vn.thiduaso.award.domain.council.Seat;
import vn.thiduaso.award.domain.council.Tally;
import vn.thiduaso.award.service.CouncilService.AgendaLine;
import vn.thiduaso.award.service.CouncilService.MemberLine;
import vn.thiduaso.award.service.CouncilService.SessionDetail;
import vn.thiduaso.platform.document.Nd30;
import vn.thiduaso.platform.document.OfficialDocument;
import vn.thiduaso.platform.document.OfficialDocument.Block;
import vn.thiduaso.platform.document.OfficialDocument.Table;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * The words of the minutes as an ND30 "BIÊN BẢN": the commune's committee above the council as
 * issuing body, "Số: …/BB-HĐTĐKT", the place and the date of the close, then the time and place, the
 * members with their seats and attendance, the quorum and the kind of ballot, the tally per
 * nomination against the threshold of the total membership, the recusals with their reasons, the
 * conclusion; the secretary and the chair sign. A secret ballot prints only the counts.
 */
final class CouncilMinutesLayout {

    private static final Pattern COMMITTEE = Pattern.compile(
            "^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(xã|phường|thị trấn|đặc khu)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final SessionDetail d;
    private final CouncilSession s;

    CouncilMinutesLayout(SessionDetail detail) {
        this.d = detail;
        this.s = detail.session();
    }

    OfficialDocument official() {
        String commune = d.round().communeName != null ? d.round().communeName : "";
        return new OfficialDocument(Nd30.bodyName(commune), List.of("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"),
                Nd30.numberLine(null, "/BB-HĐTĐKT"), Nd30.placeAndDate(place(commune), VietnamTime.dateOf(s.closedAt)),
                false, "BIÊN BẢN", "Họp Hội đồng Thi đua - Khen thưởng: " + s.title, body(), recipients(),
                List.of("CHỦ TỊCH HỘI ĐỒNG"), memberName(Seat.CHAIR));
    }

    /** "UBND xã Vĩnh Bảo" → "Vĩnh Bảo" (the place of the date line). */
    static String place(String communeName) {
        return COMMITTEE.matcher(communeName == null ? "" : communeName.strip()).replaceFirst("");
    }

    List<Block> body() {
        List<Block> out = new ArrayList<>();
        out.add(Nd30.section(0, "THỜI GIAN, ĐỊA ĐIỂM"));
        out.add(Nd30.dash("Thời gian: bắt đầu biểu quyết lúc " + VietnamTime.time(s.openedAt) + " ngày "
                + VietnamTime.date(s.openedAt) + ", kết thúc lúc " + VietnamTime.time(s.closedAt) + " ngày "
                + VietnamTime.date(s.closedAt) + "."));
        if (s.location != null) {
            out.add(Nd30.dash("Địa điểm: " + s.location + "."));
        }
        out.add(Nd30.dash("Đợt khen thưởng: " + d.round().title + "."));

        out.add(Nd30.section(1, "THÀNH PHẦN"));
        out.add(Nd30.body("Tổng số thành viên Hội đồng: " + d.totalMembers() + "; có mặt: " + d.presentCount()
                + "; vắng mặt: " + (d.totalMembers() - d.presentCount()) + ". Số thành viên có mặt "
                + (d.quorumMet() ? "bảo đảm" : "không bảo đảm") + " tỷ lệ tối thiểu " + s.quorumPercent
                + "% tổng số thành viên theo quy chế."));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (MemberLine m : d.members()) {
            rows.add(List.of(String.valueOf(i++), name(m), m.seat().title(), m.present() ? "Có mặt" : "Vắng mặt"));
        }
        out.add(new Table(List.of("STT", "Họ và tên", "Chức danh trong Hội đồng", "Tham dự"), rows));

        out.add(Nd30.section(2, "NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT"));
        out.add(Nd30.body("Hội đồng xem xét " + d.agenda().size() + " hồ sơ đề nghị khen thưởng đã được thẩm định. Hình thức biểu quyết: "
                + (s.secretBallot ? "bỏ phiếu kín" : "biểu quyết công khai")
                + ". Hồ sơ được thông qua khi số phiếu tán thành đạt tỷ lệ quy định tính trên tổng số thành viên Hội đồng ("
                + d.totalMembers() + " thành viên), không tính trên số thành viên có mặt."));
        List<List<String>> tally = new ArrayList<>();
        int j = 1;
        for (AgendaLine a : d.agenda()) {
            Tally t = a.tally();
            tally.add(List.of(String.valueOf(j++), a.nomineeName() + " (" + nullToEmpty(a.nominatingUnitName()) + ")",
                    a.formName(), String.valueOf(t.agree()), String.valueOf(t.disagree()), String.valueOf(t.abstain()),
                    String.valueOf(t.recused()), String.valueOf(t.notVoted()),
                    (t.passed() ? "Thông qua" : "Không thông qua") + (a.thresholdPercent() != null ? " (ngưỡng " + a.thresholdPercent() + "%)" : "")));
        }
        out.add(new Table(List.of("STT", "Đối tượng đề nghị (đơn vị)", "Hình thức khen thưởng", "Tán thành",
                "Không tán thành", "Không biểu quyết", "Không tham gia", "Chưa bỏ phiếu", "Kết quả"), tally));
        for (AgendaLine a : d.agenda()) {
            for (var r : a.recusals()) {
                out.add(Nd30.dash(r.fullName() + " không tham gia biểu quyết hồ sơ " + a.nomineeName() + ": " + r.reason()));
            }
            if (a.ballots() != null && !a.ballots().isEmpty()) {
                StringBuilder sb = new StringBuilder("Hồ sơ " + a.nomineeName() + ": ");
                List<String> parts = new ArrayList<>();
                for (var b : a.ballots()) {
                    parts.add(b.fullName() + " " + choice(b.choice()));
                }
                out.add(Nd30.dash(sb.append(String.join("; ", parts)).append('.').toString()));
            }
        }

        out.add(Nd30.section(3, "KẾT LUẬN"));
        long passed = d.agenda().stream().filter(a -> a.tally().passed()).count();
        out.add(Nd30.body("Hội đồng thống nhất thông qua " + passed + "/" + d.agenda().size()
                + " hồ sơ đạt tỷ lệ phiếu tán thành theo quy định; các hồ sơ được thông qua được công khai trước khi "
                + "trình cấp có thẩm quyền quyết định khen thưởng."));
        String secretary = memberName(Seat.SECRETARY);
        out.add(Nd30.body("Biên bản kết thúc lúc " + VietnamTime.time(s.closedAt) + " ngày " + VietnamTime.date(s.closedAt)
                + (secretary.isEmpty() ? "" : "; thư ký Hội đồng: " + secretary) + "."));
        Nd30.endMark(out);
        return out;
    }

    private List<String> recipients() {
        return List.of("- Chủ tịch UBND;", "- Thành viên Hội đồng;", "- Lưu: VT, HĐTĐKT.");
    }

    private String memberName(Seat seat) {
        return d.members().stream().filter(m -> m.seat() == seat).map(CouncilMinutesLayout::name).findFirst().orElse("");
    }

    private static String name(MemberLine m) {
        return m.fullName() == null || m.fullName().isBlank() ? m.username() : m.fullName();
    }

    private static String choice(BallotChoice c) {
        return switch (c) {
            case AGREE -> "tán thành";
            case DISAGREE -> "không tán thành";
            case ABSTAIN -> "không biểu quyết";
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
