package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.Forwarding;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.messaging.BoardEvents;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.ForwardingRepository;
import vn.thiduaso.award.repository.ForwardingRepository.AttachmentRow;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Chuyển hồ sơ lên Ban Thi đua - Khen thưởng: the commune's office sends the posted dossiers of forms
 * it does not decide (Bằng khen, Cờ thi đua of the city/province chairman and higher) to the board of
 * the nearest city or province above it, once their posting window has ended with no open objection.
 */
@ApplicationScoped
public class ForwardingService {

    /** What the office sends. */
    public record ForwardCommand(UUID roundId, List<UUID> nominationIds, String letterNumber, String note) {
    }

    /** A forwarding with its dossiers in list order and the form names, for views and the bundle. */
    public record ForwardingDetail(Forwarding forwarding, String communeName, String boardUnitName,
            List<Nomination> nominations, Map<String, String> formNames, List<AttachmentRow> attachments) {
    }

    private final ForwardingRepository forwardings;
    private final NominationRepository nominations;
    private final NominationLogRepository logs;
    private final AwardRoundRepository rounds;
    private final AwardFormRepository forms;
    private final RuleSetService ruleSets;
    private final BoardEvents events;
    private final DirectoryUnitRepository units;
    private final AccessPolicy policy;
    private final Clock clock;

    public ForwardingService(ForwardingRepository forwardings, NominationRepository nominations,
            NominationLogRepository logs, AwardRoundRepository rounds, AwardFormRepository forms, RuleSetService ruleSets, BoardEvents events, DirectoryUnitRepository units, AccessPolicy policy,
            Clock clock) {
        this.units = units;
        this.forwardings = forwardings;
        this.nominations = nominations;
        this.logs = logs;
        this.rounds = rounds;
        this.forms = forms;
        this.ruleSets = ruleSets;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public ForwardingDetail forward(CallerScope caller, ForwardCommand command) {
        policy.requireRole(caller, Action.FORWARD);
        AwardRound round = rounds.findByIdOptional(command.roundId())
                .filter(r -> policy.allows(AccessPolicy.Caller.of(caller), Action.FORWARD, Target.unit(r.communePath)))
                .orElseThrow(() -> new InvalidFieldException("roundId", "Không tìm thấy đợt khen thưởng trong phạm vi của bạn"));
        if (command.nominationIds() == null || command.nominationIds().isEmpty()) {
            throw new InvalidFieldException("nominationIds", "Cần chọn ít nhất một hồ sơ để chuyển");
        }
        Object[] board = forwardings.boardUnitAbove(round.communePath).orElseThrow(() -> new ConflictException(
                "Không tìm thấy thành phố/tỉnh cấp trên của xã để chuyển hồ sơ (chưa có dữ liệu đơn vị)"));
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<Problem.FieldError> invalid = new ArrayList<>();
        List<Nomination> chosen = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < command.nominationIds().size(); i++) {
            String field = "nominationIds[" + i + "]";
            UUID id = command.nominationIds().get(i);
            Nomination n = id == null ? null : nominations.findById(id);
            if (n == null || !n.roundId.equals(round.id)) {
                invalid.add(new Problem.FieldError(field, "Hồ sơ không thuộc đợt khen thưởng này"));
            } else if (!seen.add(id)) {
                invalid.add(new Problem.FieldError(field, "Hồ sơ được chọn hai lần"));
            } else if (n.status != NominationStatus.POSTED) {
                invalid.add(new Problem.FieldError(field, "Chỉ chuyển được hồ sơ đã công khai (hồ sơ đang ở trạng thái "
                        + n.status + ")"));
            } else if (ruleSets.ruleOf(n).map(r -> r.decidingAuthority.communeDecides()).orElse(true)) {
                invalid.add(new Problem.FieldError(field,
                        "Hình thức này do Chủ tịch UBND xã quyết định, không chuyển lên Ban Thi đua - Khen thưởng"));
            } else {
                chosen.add(n);
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid);
        }
        for (int i = 0; i < chosen.size(); i++) {
            Nomination n = chosen.get(i);
            Optional<LocalDate> endsOn = forwardings.postingEndsOn(n.id);
            if (endsOn.isPresent() && !today.isAfter(endsOn.get())) {
                throw new ConflictException("nominationIds[" + i + "]: thời gian công khai hồ sơ của " + n.nomineeName
                        + " chưa kết thúc (đến hết ngày " + VietnamTime.DATE.format(endsOn.get()) + ")");
            }
            if (forwardings.openObjections(n.id) > 0) {
                throw new ConflictException("nominationIds[" + i + "]: hồ sơ của " + n.nomineeName
                        + " còn ý kiến phản ánh chưa giải quyết");
            }
        }
        Instant now = clock.instant();
        Forwarding f = new Forwarding();
        f.id = UUID.randomUUID();
        f.roundId = round.id;
        f.communeId = round.communeId;
        f.communePath = round.communePath;
        f.boardUnitId = (UUID) board[0];
        f.boardUnitPath = (String) board[1];
        f.letterNumber = blankToNull(command.letterNumber());
        f.note = blankToNull(command.note());
        f.forwardedAt = now;
        f.forwardedBy = caller.username();
        chosen.forEach(n -> f.nominationIds.add(n.id));
        forwardings.persist(f);
        Map<String, String> names = formNames(chosen);
        String boardName = (String) board[2];
        for (Nomination n : chosen) {
            logs.persist(n.moveTo(NominationStatus.FORWARDED, NominationAction.FORWARDED, now, caller.username(),
                    "Ban Thi đua - Khen thưởng " + boardName, f.letterNumber));
            events.forwarded(f, n, names.get(n.formCode));
        }
        return new ForwardingDetail(f, round.communeName, boardName, chosen, names, List.of());
    }

    @Transactional
    public PageResponse<ForwardingDetail> list(CallerScope caller, UUID roundId, int page, int size) {
        policy.requireRole(caller, Action.READ_FORWARDING);
        PanacheQuery<Forwarding> q = forwardings.inScope(caller.scopePath(), roundId).page(Page.of(page, size));
        return new PageResponse<>(q.list().stream().map(this::detail).toList(), page, size, q.count());
    }

    @Transactional
    public ForwardingDetail get(CallerScope caller, UUID id) {
        policy.requireRole(caller, Action.READ_FORWARDING);
        Forwarding f = forwardings.findByIdOptional(id)
                .filter(x -> policy.allows(AccessPolicy.Caller.of(caller), Action.READ_FORWARDING,
                        Target.forwarding(x.communePath, x.boardUnitPath)))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tờ trình chuyển hồ sơ"));
        ForwardingDetail d = detail(f);
        return new ForwardingDetail(f, d.communeName(), d.boardUnitName(), d.nominations(), d.formNames(),
                forwardings.attachments(f.nominationIds));
    }

    /** One chunk of an attachment while streaming a bundle (a short transaction per chunk). */
    @Transactional
    public byte[] attachmentChunk(UUID attachmentId, int seq) {
        return forwardings.attachmentChunk(attachmentId, seq);
    }

    Map<String, String> formNames(List<Nomination> list) {
        Set<String> codes = list.stream().map(n -> n.formCode).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Map.of();
        }
        return forms.list("code in ?1", codes).stream().collect(Collectors.toMap(f -> f.code, f -> f.name));
    }

    private ForwardingDetail detail(Forwarding f) {
        Map<UUID, Nomination> byId = nominations.list("id in ?1", f.nominationIds).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        List<Nomination> ordered = f.nominationIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        AwardRound round = rounds.findById(f.roundId);
        String boardName = units.findByIdOptional(f.boardUnitId).map(u -> u.name).orElse(null);
        return new ForwardingDetail(f, round == null ? null : round.communeName, boardName, ordered, formNames(ordered),
                List.of());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The form, for award records (name and rank at the time). */
    AwardForm form(String code) {
        return forms.findByCode(code).orElseThrow(() -> new IllegalStateException("form " + code + " is not in the catalogue"));
    }
}
