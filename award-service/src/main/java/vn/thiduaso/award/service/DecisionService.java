package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import vn.thiduaso.award.domain.AwardDecision;
import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.DecisionStatus;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.DirectoryUser;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.Objection;
import vn.thiduaso.award.domain.PublicPosting;
import vn.thiduaso.award.messaging.DecisionEvents.AwardAnnulled;
import vn.thiduaso.award.messaging.DecisionEvents.AwardDecided;
import vn.thiduaso.award.repository.AwardDecisionRepository;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRecordRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.DecisionNumberCounters;
import vn.thiduaso.award.repository.BaseSalaryRepository;
import vn.thiduaso.award.repository.DecisionQueries;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.DirectoryUserRepository;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.repository.ObjectionRepository;
import vn.thiduaso.award.repository.PublicPostingRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Quyết định khen thưởng of the commune chairman: the office drafts it over posted nominations of the
 * commune's own forms, a leader signs it once every posting window has ended and no objection is open;
 * signing numbers it, decides each nomination, writes its award record with the cash amount and
 * publishes AwardDecided. A decided award can later be annulled.
 */
@ApplicationScoped
public class DecisionService {

    private static final String DECISION_NOT_FOUND = "Không tìm thấy quyết định khen thưởng";
    private static final String ROUND_NOT_FOUND = "Không tìm thấy đợt khen thưởng";
    private static final String RECORD_NOT_FOUND = "Không tìm thấy khen thưởng";

    public record DecisionDetail(AwardDecision decision, List<DecisionItem> items, long totalCashVnd) {
    }

    /** One recipient: the nomination, the unit shown in the list, the form and the cash (on the decision date's base salary). */
    public record DecisionItem(Nomination nomination, String unitName, String formName, Long cashAmountVnd) {
    }

    private final AwardDecisionRepository decisions;
    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;
    private final NominationLogRepository logs;
    private final PublicPostingRepository postings;
    private final ObjectionRepository objections;
    private final AwardRecordRepository records;
    private final AwardFormRepository forms;
    private final DirectoryUnitRepository units;
    private final DirectoryUserRepository users;
    private final DecisionQueries queries;
    private final RuleSetService ruleSets;
    private final BaseSalaryRepository baseSalaries;
    private final DecisionNumberCounters counters;
    private final Outbox outbox;
    private final AccessPolicy policy;
    private final Clock clock;

    public DecisionService(AwardDecisionRepository decisions, AwardRoundRepository rounds,
            NominationRepository nominations, NominationLogRepository logs, PublicPostingRepository postings,
            ObjectionRepository objections, AwardRecordRepository records, AwardFormRepository forms,
            DirectoryUnitRepository units, DirectoryUserRepository users, DecisionQueries queries, RuleSetService ruleSets,
            BaseSalaryRepository baseSalaries, DecisionNumberCounters counters, Outbox outbox, AccessPolicy policy, Clock clock) {
        this.decisions = decisions;
        this.rounds = rounds;
        this.nominations = nominations;
        this.logs = logs;
        this.postings = postings;
        this.objections = objections;
        this.records = records;
        this.forms = forms;
        this.units = units;
        this.users = users;
        this.queries = queries;
        this.ruleSets = ruleSets;
        this.baseSalaries = baseSalaries;
        this.counters = counters;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public DecisionDetail create(CallerScope caller, UUID roundId, String title, String basis, List<UUID> nominationIds) {
        AwardRound round = rounds.findByIdOptional(roundId).orElseThrow(() -> new NotFoundException(ROUND_NOT_FOUND));
        policy.requireInCommune(caller, Action.DRAFT_DECISION, round.communePath, ROUND_NOT_FOUND);
        Instant now = clock.instant();
        checkItems(round, nominationIds, null, VietnamTime.dateOf(now));
        AwardDecision d = new AwardDecision();
        d.id = UUID.randomUUID();
        d.roundId = round.id;
        d.communeId = round.communeId;
        d.communePath = round.communePath;
        d.communeName = round.communeName;
        d.year = VietnamTime.dateOf(now).getYear();
        d.title = title.trim();
        d.basis = basis == null ? null : basis.trim();
        d.status = DecisionStatus.DRAFT;
        d.draftedBy = caller.username();
        d.draftedAt = now;
        d.nominationIds = new ArrayList<>(nominationIds);
        decisions.persist(d);
        return detail(d);
    }

    @Transactional
    public DecisionDetail update(CallerScope caller, UUID id, long version, String title, String basis,
            List<UUID> nominationIds) {
        AwardDecision d = find(id);
        policy.requireInCommune(caller, Action.DRAFT_DECISION, d.communePath, DECISION_NOT_FOUND);
        if (d.version != version) {
            throw new StaleVersionException(d.version);
        }
        d.requireDraft();
        AwardRound round = rounds.findById(d.roundId);
        checkItems(round, nominationIds, d.id, today());
        d.title = title.trim();
        d.basis = basis == null ? null : basis.trim();
        d.nominationIds.clear();
        d.nominationIds.addAll(nominationIds);
        decisions.getEntityManager().flush();
        return detail(d);
    }

    @Transactional
    public PageResponse<DecisionDetail> list(CallerScope caller, UUID roundId, Integer year, int page, int size) {
        policy.requireRole(caller, Action.READ_DECISIONS);
        PanacheQuery<AwardDecision> q = decisions.inScope(caller.scopePath(), roundId, year);
        return new PageResponse<>(q.page(page, size).list().stream().map(this::detail).toList(), page, size, q.count());
    }

    @Transactional
    public DecisionDetail get(CallerScope caller, UUID id) {
        AwardDecision d = find(id);
        policy.requireInCommune(caller, Action.READ_DECISIONS, d.communePath, DECISION_NOT_FOUND);
        return detail(d);
    }

    /**
     * Signs a draft. Refused (409, field {@code nominationIds}) while a posting window of its nominations
     * has not ended on the decision date or today, or an objection on them is open. The number is the next
     * of the commune's counter for the decision date's year.
     */
    @Transactional
    public DecisionDetail sign(CallerScope caller, UUID id, LocalDate decisionDate, String signerTitle) {
        AwardDecision d = find(id);
        policy.requireInCommune(caller, Action.SIGN_DECISION, d.communePath, DECISION_NOT_FOUND);
        d.requireDraft();
        Instant now = clock.instant();
        LocalDate today = VietnamTime.dateOf(now);
        LocalDate date = decisionDate != null ? decisionDate : today;
        if (date.isAfter(today)) {
            throw new InvalidFieldException("decisionDate", "Ngày quyết định không được sau ngày hôm nay");
        }
        List<Nomination> ns = d.nominationIds.stream().map(nominations::findById).toList();
        for (Nomination n : ns) {
            for (PublicPosting p : postings.withNomination(n.id)) {
                if (!p.windowEnded(today) || !date.isAfter(p.endsOn)) {
                    throw fieldConflict("Hồ sơ " + n.nomineeName
                            + " đang trong thời hạn công khai đến hết ngày " + VietnamTime.DATE.format(p.endsOn)
                            + "; chỉ ký quyết định từ ngày làm việc tiếp theo");
                }
            }
            if (n.status != NominationStatus.POSTED) {
                throw fieldConflict("Hồ sơ " + n.nomineeName + " không còn ở trạng thái đã công khai ("
                        + n.status + ")");
            }
        }
        List<Objection> open = objections.openConcerning(d.nominationIds);
        if (!open.isEmpty()) {
            throw fieldConflict("Còn " + open.size()
                    + " ý kiến phản ánh chưa được xử lý về các hồ sơ của quyết định; cần ghi kết quả xử lý trước khi ký");
        }
        AwardRound round = rounds.findById(d.roundId);
        DirectoryUser signer = caller.userId() == null ? null : users.findById(caller.userId());
        String signerName = signer != null && signer.fullName != null ? signer.fullName : caller.username();
        int seq = counters.next(d.communeId, date.getYear());
        d.sign(seq, date, caller.username(), signerName,
                signerTitle == null || signerTitle.isBlank() ? "Chủ tịch" : signerTitle.trim(), now);
        long base = baseSalary(date);
        for (Nomination n : ns) {
            AwardRule rule = ruleSets.ruleOf(n, date).orElseThrow(() -> fieldConflict("Chưa có quy định khen thưởng cho hình thức của hồ sơ " + n.nomineeName));
            AwardForm form = forms.findByCode(n.formCode).orElseThrow(() -> fieldConflict("Hình thức khen thưởng " + n.formCode + " không còn trong danh mục"));
            Long cash = base == 0 ? null : rule.cashAmount(n.nomineeKind, base);
            DirectoryUnit nomineeUnit = n.nomineeUnitId == null ? null : units.findById(n.nomineeUnitId);
            AwardRecord r = AwardRecord.decided(n, round, form, rule.decidingAuthority, d.number, date, cash,
                    AwardRecord.Source.NOMINATION, d.id, now, nomineeUnit == null ? null : nomineeUnit.path,
                    unitName(n, nomineeUnit));
            records.persist(r);
            logs.persist(n.moveTo(NominationStatus.DECIDED, NominationAction.DECIDED, now, caller.username(), null,
                    "Quyết định số " + d.number + " ngày " + VietnamTime.DATE.format(date)));
            outbox.publish(Topics.AWARDS, EventTypes.AWARD_DECIDED, 1, n.id.toString(), n.nominatingUnitPath,
                    new AwardDecided(n.id, r.id, round.id, round.communePath, n.nominatingUnitId, n.nominatingUnitPath,
                            n.nominatingUnitName, n.nomineeKind.name(), n.nomineeName, n.formCode, form.name, d.number,
                            date, rule.decidingAuthority.name(), "COMMUNE", cash));
        }
        Log.infof("Decision %s signed as %s by %s: %d award(s)", d.id, d.number, caller.username(), ns.size());
        return detail(d);
    }

    /** Annuls a decided award: the record keeps its row with the reason, the nomination moves to ANNULLED. */
    @Transactional
    public AwardRecord annul(CallerScope caller, UUID recordId, String reason, String decisionRef) {
        AwardRecord r = records.findByIdOptional(recordId).orElseThrow(() -> new NotFoundException(RECORD_NOT_FOUND));
        policy.requireInCommune(caller, Action.ANNUL_AWARD, r.communePath, RECORD_NOT_FOUND);
        if (r.annulled()) {
            throw new ConflictException("Khen thưởng này đã bị hủy ngày " + VietnamTime.date(r.annulledAt));
        }
        Instant now = clock.instant();
        r.annulledAt = now;
        r.annulReason = reason.trim();
        r.annulDecisionRef = decisionRef.trim();
        r.annulledBy = caller.username();
        UUID nominatingUnitId = r.unitId;
        String nominatingUnitPath = r.unitPath;
        if (r.nominationId != null) {
            Nomination n = nominations.findById(r.nominationId);
            logs.persist(n.moveTo(NominationStatus.ANNULLED, NominationAction.ANNULLED, now, caller.username(), null,
                    "Hủy khen thưởng theo " + r.annulDecisionRef + ": " + r.annulReason));
            nominatingUnitId = n.nominatingUnitId;
            nominatingUnitPath = n.nominatingUnitPath;
        }
        outbox.publish(Topics.AWARDS, EventTypes.AWARD_ANNULLED, 1, r.id.toString(), nominatingUnitPath,
                new AwardAnnulled(r.id, r.nominationId, r.communePath, nominatingUnitId, nominatingUnitPath,
                        r.nomineeName, r.formCode, r.formName, r.annulReason, r.annulDecisionRef, now));
        return r;
    }

    /** Each listed nomination: of the round, POSTED, of a form the commune chairman decides, in no other decision. */
    private void checkItems(AwardRound round, List<UUID> ids, UUID decisionId, LocalDate today) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "nominationIds[" + i + "]";
            UUID id = ids.get(i);
            if (id == null || !seen.add(id)) {
                throw new InvalidFieldException(field, "Hồ sơ bị trùng hoặc để trống trong danh sách");
            }
            Nomination n = nominations.findById(id);
            if (n == null || !n.roundId.equals(round.id)) {
                throw new InvalidFieldException(field, "Hồ sơ không thuộc đợt khen thưởng này");
            }
            if (n.status != NominationStatus.POSTED) {
                throw new InvalidFieldException(field, "Hồ sơ " + n.nomineeName + " chưa được công khai (trạng thái "
                        + n.status + ")");
            }
            Optional<AwardRule> rule = ruleSets.ruleOf(n, today);
            if (rule.isEmpty() || !rule.get().decidingAuthority.communeDecides()) {
                throw new InvalidFieldException(field, "Hình thức của hồ sơ " + n.nomineeName
                        + " không thuộc thẩm quyền Chủ tịch UBND xã; cần chuyển lên Ban Thi đua - Khen thưởng");
            }
        }
        List<Object[]> taken = decisions.listingAny(ids, decisionId);
        if (!taken.isEmpty()) {
            int i = ids.indexOf((UUID) taken.get(0)[0]);
            throw new InvalidFieldException("nominationIds[" + i + "]", "Hồ sơ đã có trong một quyết định khác");
        }
    }

    private DecisionDetail detail(AwardDecision d) {
        LocalDate on = d.decisionDate != null ? d.decisionDate : today();
        long base = baseSalary(on);
        List<DecisionItem> items = new ArrayList<>();
        long total = 0;
        for (UUID id : d.nominationIds) {
            Nomination n = nominations.findById(id);
            String formName = forms.findByCode(n.formCode).map(f -> f.name).orElse(n.formCode);
            Long cash;
            AwardRecord r = d.status == DecisionStatus.SIGNED ? records.find("nominationId", n.id).firstResult() : null;
            if (r != null) {
                cash = r.cashAmountVnd;
            } else {
                cash = base == 0 ? null : ruleSets.ruleOf(n, on).map(rule -> rule.cashAmount(n.nomineeKind, base)).orElse(null);
            }
            total += cash == null ? 0 : cash;
            DirectoryUnit nomineeUnit = n.nomineeUnitId == null ? null : units.findById(n.nomineeUnitId);
            items.add(new DecisionItem(n, unitName(n, nomineeUnit), formName, cash));
        }
        return new DecisionDetail(d, items, total);
    }

    /** The unit printed next to a recipient: a collective's own unit, else the nominee's unit as entered, else the nominating unit. */
    private static String unitName(Nomination n, DirectoryUnit nomineeUnit) {
        if (n.nomineeKind == NomineeKind.COLLECTIVE && nomineeUnit != null) {
            return nomineeUnit.name;
        }
        if (n.nominee != null && n.nominee.unitName() != null && !n.nominee.unitName().isBlank()) {
            return n.nominee.unitName();
        }
        return n.nominatingUnitName;
    }

    private long baseSalary(LocalDate on) {
        return baseSalaries.inForceOn(on).map(b -> b.amountVnd).orElse(0L);
    }

    /** 409 naming the request field {@code nominationIds}, so the form shows it next to the list. */
    private static ConflictException fieldConflict(String message) {
        return ConflictException.onField("nominationIds", message);
    }

    private AwardDecision find(UUID id) {
        return decisions.findByIdOptional(id).orElseThrow(() -> new NotFoundException(DECISION_NOT_FOUND));
    }

    private LocalDate today() {
        return VietnamTime.dateOf(clock.instant());
    }
}
