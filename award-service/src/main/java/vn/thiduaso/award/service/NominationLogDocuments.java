package vn.thiduaso.award.service;

import vn.thiduaso.award.service.document.RenderedDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.Eligibility;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationLog;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.platform.document.Nd30;
import vn.thiduaso.platform.document.OfficialDocument;
import vn.thiduaso.platform.document.OfficialDocument.Block;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/** "Phiếu theo dõi xử lý hồ sơ": a dossier's processing log printed in the ND30 layout, DOCX or PDF. */
@ApplicationScoped
public class NominationLogDocuments {

    private final NominationService nominations;
    private final NominationLogRepository logs;
    private final AwardRoundRepository rounds;
    private final Clock clock;

    public NominationLogDocuments(NominationService nominations, NominationLogRepository logs,
            AwardRoundRepository rounds, Clock clock) {
        this.nominations = nominations;
        this.logs = logs;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Transactional
    public RenderedDocument render(CallerScope caller, UUID id, RenderedDocument.Format format) {
        NominationDossier d = nominations.get(caller, id);
        Nomination n = d.nomination();
        AwardRound round = d.round();
        OfficialDocument doc = layout(n, round, d.formName(), logs.ofNomination(id));
        return RenderedDocument.render(doc, format, "phieu-theo-doi-ho-so-" + id.toString().substring(0, 8));
    }

    OfficialDocument layout(Nomination n, AwardRound round, String formName, List<NominationLog> lines) {
        String commune = round.communeName == null ? "Ủy ban nhân dân xã" : round.communeName;
        List<Block> body = new ArrayList<>();
        body.add(Nd30.body("Đợt khen thưởng: " + round.title));
        body.add(Nd30.body("Hình thức đề nghị: " + formName));
        body.add(Nd30.body("Đối tượng (" + Eligibility.kindLabel(n.nomineeKind) + "): " + n.nomineeName));
        body.add(Nd30.body("Đơn vị đề nghị: " + (n.nominatingUnitName == null ? n.nominatingUnitPath
                : n.nominatingUnitName)));
        body.add(Nd30.body("Trạng thái hiện tại: " + n.status
                + (n.ruleSetCode == null ? "" : "; xét theo bộ quy định " + n.ruleSetCode)));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (NominationLog l : lines) {
            rows.add(List.of(String.valueOf(i++), VietnamTime.date(l.at) + " " + VietnamTime.time(l.at), l.actor,
                    l.action.name(), (l.fromStatus == null ? "" : l.fromStatus.name()) + " → "
                            + (l.toStatus == null ? "" : l.toStatus.name()),
                    l.toParty == null ? "" : l.toParty, l.note == null ? "" : l.note));
        }
        body.add(new OfficialDocument.Table(List.of("STT", "Thời điểm", "Người thực hiện", "Thao tác",
                "Trạng thái", "Chuyển đến", "Ghi chú"), rows));
        return new OfficialDocument(Nd30.bodyName(commune), Nd30.issuingBodyLines("Phòng Văn hóa - Xã hội"),
                Nd30.numberLine(null, "/PTD"), Nd30.placeAndDate(null, VietnamTime.dateOf(clock.instant())), false,
                "PHIẾU THEO DÕI", "Xử lý hồ sơ đề nghị khen thưởng", body, List.of("- Lưu: hồ sơ."),
                List.of("NGƯỜI LẬP PHIẾU"), "");
    }
}
