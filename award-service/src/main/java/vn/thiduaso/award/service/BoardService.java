package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.BoardDecision;
import vn.thiduaso.award.domain.BoardDecision.Outcome;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.Forwarding;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.messaging.BoardEvents;
import vn.thiduaso.award.repository.AwardRecordRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.BaseSalaryRepository;
import vn.thiduaso.award.repository.BoardDecisionRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.ForwardingRepository;
import vn.thiduaso.award.repository.ForwardingRepository.AttachmentRow;
import vn.thiduaso.award.repository.ForwardingRepository.Tally;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.idempotency.IdempotencyKeys.Claim;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/**
 * The city/province board's side (Ban Thi đua - Khen thưởng): it lists the dossiers forwarded to its
 * subtree and answers each with its decision (accepted, with the number and date of the chairman's
 * decision, or refused). A decision is posted with an {@code Idempotency-Key}: a retry returns the same
 * receipt and changes nothing; the key reused for another body is a conflict.
 */
@ApplicationScoped
public class BoardService {

    public static final String DECIDE_OPERATION = "POST /api/v1/board/nominations/{id}/decision";

    /** What the board answers. */
    public record DecisionCommand(Outcome outcome, String decisionNumber, LocalDate decisionDate, String decidingBody,
            String note) {
    }

    /** A forwarded dossier as the board sees it. */
    public record BoardNomination(Nomination nomination, Forwarding forwarding, UUID communeId, String communeName,
            String formName, Optional<Tally> council, List<AttachmentRow> attachments, Optional<BoardDecision> decision) {
    }

    /** The receipt of a decision; {@code replayed} when a retry under the same key returned it. */
    public record Receipt(BoardDecision decision, UUID awardRecordId, boolean replayed) {
    }

    private final ForwardingRepository forwardings;
    private final NominationRepository nominations;
    private final NominationLogRepository logs;
    private final BoardDecisionRepository decisions;
    private final AwardRecordRepository records;
    private final AwardRoundRepository rounds;
    private final BaseSalaryRepository baseSalaries;
    private final RuleSetService ruleSets;
    private final DirectoryUnitRepository units;
    private final ForwardingService forwardingService;
    private final IdempotencyKeys idempotency;
    private final BoardEvents events;
    private final AccessPolicy policy;
    private final Clock clock;

    public BoardService(ForwardingRepository forwardings, NominationRepository nominations, NominationLogRepository logs,
            BoardDecisionRepository decisions, AwardRecordRepository records, AwardRoundRepository rounds,
            BaseSalaryRepository baseSalaries, RuleSetService ruleSets, DirectoryUnitRepository units, ForwardingService forwardingService,
            IdempotencyKeys idempotency, BoardEvents events, AccessPolicy policy, Clock clock) {
        this.forwardings = forwardings;
        this.nominations = nominations;
        this.logs = logs;
        this.decisions = decisions;
        this.records = records;
        this.rounds = rounds;
        this.baseSalaries = baseSalaries;
        this.ruleSets = ruleSets;
        this.units = units;
        this.forwardingService = forwardingService;
        this.idempotency = idempotency;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<BoardNomination> list(CallerScope caller, NominationStatus status, UUID communeId, int page,
            int size) {
        policy.requireRole(caller, Action.BOARD_READ);
        if (status != null && status != NominationStatus.FORWARDED && status != NominationStatus.DECIDED
                && status != NominationStatus.REFUSED && status != NominationStatus.ANNULLED) {
            throw new InvalidFieldException("status", "Chỉ lọc được theo FORWARDED, DECIDED, REFUSED hoặc ANNULLED");
        }
        String scope = caller.scopePath();
        String like = scope.endsWith("/") ? scope + "%" : scope + "/%";
        StringBuilder where = new StringBuilder("from Forwarding f join f.nominationIds nid, Nomination n where n.id = nid"
                + " and (f.boardUnitPath = :scope or f.boardUnitPath like :like)");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("scope", scope, "like", like));
        if (status != null) {
            where.append(" and n.status = :status");
            params.put("status", status);
        }
        if (communeId != null) {
            where.append(" and f.communeId = :commune");
            params.put("commune", communeId);
        }
        var em = forwardings.getEntityManager();
        var count = em.createQuery("select count(n) " + where, Long.class);
        var select = em.createQuery("select n, f " + where + " order by f.forwardedAt desc, n.nomineeName", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<Object[]> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<UUID> ids = rows.stream().map(r -> ((Nomination) r[0]).id).toList();
        Map<UUID, List<AttachmentRow>> attachments = forwardings.attachments(ids).stream()
                .collect(Collectors.groupingBy(AttachmentRow::nominationId));
        Map<String, String> formNames = forwardingService.formNames(rows.stream().map(r -> (Nomination) r[0]).toList());
        List<BoardNomination> items = new ArrayList<>();
        for (Object[] r : rows) {
            Nomination n = (Nomination) r[0];
            items.add(view(n, (Forwarding) r[1], formNames, attachments.getOrDefault(n.id, List.of())));
        }
        return new PageResponse<>(items, page, size, count.getSingleResult());
    }

    @Transactional
    public BoardNomination get(CallerScope caller, UUID nominationId) {
        policy.requireRole(caller, Action.BOARD_READ);
        Nomination n = nominations.findById(nominationId);
        Forwarding f = forwardedToCaller(caller, Action.BOARD_READ, n);
        return view(n, f, forwardingService.formNames(List.of(n)), forwardings.attachments(List.of(n.id)));
    }

    /** The bytes of one attachment chunk of a dossier forwarded to the caller's board. */
    @Transactional
    public AttachmentRow attachment(CallerScope caller, UUID nominationId, UUID attachmentId) {
        policy.requireRole(caller, Action.BOARD_READ);
        Nomination n = nominations.findById(nominationId);
        forwardedToCaller(caller, Action.BOARD_READ, n);
        return forwardings.attachments(List.of(n.id)).stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm"));
    }

    @Transactional
    public Receipt decide(CallerScope caller, UUID nominationId, String idempotencyKey, DecisionCommand c) {
        policy.requireRole(caller, Action.BOARD_DECIDE);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidFieldException(IdempotencyKeys.HEADER,
                    "Cần tiêu đề Idempotency-Key (ví dụ một UUID) để gửi lại an toàn khi mất kết nối");
        }
        if (c.decisionDate().isAfter(LocalDate.now(clock.withZone(vn.thiduaso.platform.time.VietnamTime.ZONE)))) {
            throw new InvalidFieldException("decisionDate", "Ngày quyết định không được sau hôm nay");
        }
        Claim claim = idempotency.claim(caller, DECIDE_OPERATION, idempotencyKey, nominationId.toString(),
                String.valueOf(c.outcome()), c.decisionNumber(), String.valueOf(c.decisionDate()), c.decidingBody(),
                c.note()).orElseThrow();
        if (claim.replayOf() != null) {
            BoardDecision earlier = decisions.findById(claim.replayOf());
            return new Receipt(earlier, recordOf(earlier), true);
        }
        Nomination n = nominations.findById(nominationId);
        Forwarding f = forwardedToCaller(caller, Action.BOARD_DECIDE, n);
        if (n.status != NominationStatus.FORWARDED) {
            throw new ConflictException("Hồ sơ đã có quyết định của Ban (trạng thái " + n.status
                    + "); không nhận quyết định thứ hai");
        }
        Instant now = clock.instant();
        BoardDecision d = new BoardDecision();
        d.id = UUID.randomUUID();
        d.nominationId = n.id;
        d.boardUnitPath = f.boardUnitPath;
        d.outcome = c.outcome();
        d.decisionNumber = c.decisionNumber().trim();
        d.decisionDate = c.decisionDate();
        d.decidingBody = ForwardingService.blankToNull(c.decidingBody());
        d.note = ForwardingService.blankToNull(c.note());
        d.decidedBy = caller.username();
        d.receivedAt = now;
        decisions.persist(d);
        AwardForm form = forwardingService.form(n.formCode);
        UUID recordId = null;
        String party = d.decidingBody != null ? d.decidingBody : "Ban Thi đua - Khen thưởng";
        if (c.outcome() == Outcome.ACCEPTED) {
            AwardRule rule = ruleSets.ruleOf(n).orElseThrow(
                    () -> new ConflictException("Không tìm thấy quy định của hình thức " + form.name + " để tính tiền thưởng"));
            Long cash = baseSalaries.inForceOn(d.decisionDate).map(b -> rule.cashAmount(n.nomineeKind, b.amountVnd))
                    .orElse(null);
            AwardRound round = rounds.findById(n.roundId);
            Optional<DirectoryUnit> nomineeUnit = n.nomineeKind == NomineeKind.COLLECTIVE && n.nomineeUnitId != null
                    ? units.findByIdOptional(n.nomineeUnitId) : Optional.empty();
            AwardRecord r = AwardRecord.decided(n, round, form, rule.decidingAuthority, d.decisionNumber, d.decisionDate,
                    cash, AwardRecord.Source.BOARD, null, now, nomineeUnit.map(u -> u.path).orElse(null),
                    nomineeUnit.map(u -> u.name).orElse(null));
            records.persist(r);
            recordId = r.id;
            logs.persist(n.moveTo(NominationStatus.DECIDED, NominationAction.BOARD_ACCEPTED, now, caller.username(),
                    party, "Quyết định số " + d.decisionNumber));
            events.decidedByBoard(n, r);
        } else {
            logs.persist(n.moveTo(NominationStatus.REFUSED, NominationAction.BOARD_REFUSED, now, caller.username(),
                    party, d.note != null ? d.note : "Quyết định số " + d.decisionNumber));
            events.refused(n, d, form.name);
        }
        idempotency.remember(claim, d.id);
        return new Receipt(d, recordId, false);
    }

    /** The forwarding of a nomination when it went to a board in the caller's scope; else 404. */
    private Forwarding forwardedToCaller(CallerScope caller, Action action, Nomination n) {
        return Optional.ofNullable(n).flatMap(x -> forwardings.ofNomination(x.id))
                .filter(f -> policy.allows(AccessPolicy.Caller.of(caller), action, Target.unit(f.boardUnitPath)))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ được chuyển lên Ban của bạn"));
    }

    private UUID recordOf(BoardDecision d) {
        return records.find("nominationId = ?1 and source = ?2", d.nominationId, AwardRecord.Source.BOARD)
                .firstResultOptional().map(r -> r.id).orElse(null);
    }

    private BoardNomination view(Nomination n, Forwarding f, Map<String, String> formNames, List<AttachmentRow> attachments) {
        String communeName = units.findByIdOptional(f.communeId).map(u -> u.name)
                .orElseGet(() -> Optional.ofNullable(rounds.findById(n.roundId)).map(r -> r.communeName).orElse(null));
        return new BoardNomination(n, f, f.communeId, communeName, formNames.getOrDefault(n.formCode, n.formCode),
                forwardings.councilTally(n.id), attachments, decisions.ofNomination(n.id));
    }
}
