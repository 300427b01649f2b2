package vn.thiduaso.award.service.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.AwardDecision;
import vn.thiduaso.award.domain.DecisionStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.service.DecisionService;
import vn.thiduaso.award.service.DecisionService.DecisionDetail;
import vn.thiduaso.award.service.DecisionService.DecisionItem;
import vn.thiduaso.platform.document.Nd30;
import vn.thiduaso.platform.document.OfficialDocument;
import vn.thiduaso.platform.document.OfficialDocument.Block;
import vn.thiduaso.platform.security.CallerScope;

/**
 * The commune chairman's Quyết định khen thưởng as an official document (DOCX, PDF) in the layout of
 * Nghị định 30/2020/NĐ-CP: header, "QUYẾT ĐỊNH" with its subject, the authority, the legal bases, the
 * articles, then the list of recipients with their cash amounts. Who may read the decision may print it;
 * a draft prints "DỰ THẢO" and a blank number.
 */
@ApplicationScoped
public class DecisionDocuments {

    private final DecisionService decisions;

    public DecisionDocuments(DecisionService decisions) {
        this.decisions = decisions;
    }

    public RenderedDocument render(CallerScope caller, UUID id, RenderedDocument.Format format) {
        DecisionDetail detail = decisions.get(caller, id);
        OfficialDocument document = layout(detail);
        AwardDecision d = detail.decision();
        String name = d.number != null ? "quyet-dinh-" + d.seq + "-" + d.year : "du-thao-quyet-dinh-" + id.toString().substring(0, 8);
        return RenderedDocument.render(document, format, name);
    }

    /** The words of the decision, in reading order. */
    public static OfficialDocument layout(DecisionDetail detail) {
        AwardDecision d = detail.decision();
        String body = Nd30.bodyName(d.communeName);
        String place = place(d.communeName);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Nd30.itemHeading("CHỦ TỊCH " + body));
        for (String line : Nd30.lines(d.basis)) {
            blocks.add(Nd30.body(line));
        }
        blocks.add(Nd30.itemHeading("QUYẾT ĐỊNH:"));
        List<DecisionItem> items = detail.items();
        long collectives = items.stream().filter(i -> i.nomination().nomineeKind == NomineeKind.COLLECTIVE).count();
        long others = items.size() - collectives;
        String whom = (collectives > 0 ? collectives + " tập thể" : "") + (collectives > 0 && others > 0 ? " và " : "")
                + (others > 0 ? others + " cá nhân, hộ gia đình" : "");
        blocks.add(Nd30.body("Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân " + place(d.communeName, true) + " cho "
                + whom + " đã có thành tích xuất sắc (có danh sách kèm theo)."));
        blocks.add(Nd30.body("Điều 2. Mỗi tập thể, cá nhân, hộ gia đình có tên tại Điều 1 được tặng Giấy khen và tiền thưởng"
                + " theo quy định; tổng số tiền thưởng là " + vnd(detail.totalCashVnd())
                + " đồng, chi từ Quỹ thi đua, khen thưởng của " + place(d.communeName, true) + "."));
        blocks.add(Nd30.body("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân,"
                + " Phòng Văn hóa - Xã hội, các cơ quan, đơn vị có liên quan và các tập thể, cá nhân, hộ gia đình có tên tại"
                + " Điều 1 chịu trách nhiệm thi hành Quyết định này./."));
        blocks.add(Nd30.itemHeading("DANH SÁCH KHEN THƯỞNG"));
        blocks.add(Nd30.body("(Kèm theo Quyết định " + (d.number != null ? "số " + d.number : "số      /QĐ-UBND")
                + " của Chủ tịch Ủy ban nhân dân " + place(d.communeName, true) + ")"));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (DecisionItem item : items) {
            rows.add(List.of(String.valueOf(i++), item.nomination().nomineeName, item.unitName() == null ? "" : item.unitName(),
                    item.formName(), item.cashAmountVnd() == null ? "" : vnd(item.cashAmountVnd())));
        }
        rows.add(List.of("", "Tổng cộng", "", "", vnd(detail.totalCashVnd())));
        blocks.add(new OfficialDocument.Table(List.of("STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng",
                "Tiền thưởng (đồng)"), rows));
        boolean signed = d.status == DecisionStatus.SIGNED;
        return new OfficialDocument("", Nd30.issuingBodyLines(body), Nd30.numberLine(d.number, "/QĐ-UBND"),
                Nd30.placeAndDate(place, d.decisionDate), !signed, "QUYẾT ĐỊNH", d.title, blocks,
                List.of("- Như Điều 3;", "- Lưu: VT, VHXH."), signerLines(signed ? d.signerTitle : "Chủ tịch"),
                signed ? d.signerName : "");
    }

    /** "Chủ tịch" → CHỦ TỊCH; a vice-chairman signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
    static List<String> signerLines(String title) {
        String t = Nd30.upper(title == null ? "Chủ tịch" : title);
        return t.startsWith("PHÓ") ? List.of("KT. CHỦ TỊCH", t) : List.of(t);
    }

    /** "UBND xã Vĩnh Bảo" → "Vĩnh Bảo" (the place of the date line). */
    static String place(String communeName) {
        String n = communeName == null ? "" : communeName.trim();
        return n.replaceFirst("^(UBND|Ủy ban nhân dân)\\s+(xã|phường|thị trấn|đặc khu)\\s+", "");
    }

    /** "UBND xã Vĩnh Bảo" → "xã Vĩnh Bảo". */
    static String place(String communeName, boolean withKind) {
        String n = communeName == null ? "" : communeName.trim();
        return n.replaceFirst("^(UBND|Ủy ban nhân dân)\\s+", "");
    }

    /** 2340000 → "2.340.000". */
    public static String vnd(long amount) {
        DecimalFormatSymbols s = new DecimalFormatSymbols(Nd30.VI);
        s.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", s).format(amount);
    }
}
