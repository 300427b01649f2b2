package vn.thiduaso.award.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import vn.thiduaso.award.config.AwardCycleConfig;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.Objection;
import vn.thiduaso.award.domain.ObjectionStatus;
import vn.thiduaso.award.domain.PublicPosting;
import vn.thiduaso.award.messaging.DecisionEvents.NominationPosted;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.DecisionQueries;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.repository.ObjectionRepository;
import vn.thiduaso.award.repository.PublicPostingRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.platform.calendar.WorkingCalendar;
import vn.thiduaso.platform.db.AdvisoryLocks;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Công khai: a round's passed nominations posted for the rule set's window in working days, the
 * objections citizens send while it is open (rate-limited per client address) and how the office
 * resolved them. The public pages read the same postings without objections.
 */
@ApplicationScoped
public class PostingService {

    private static final String ROUND_NOT_FOUND = "Không tìm thấy đợt khen thưởng";
    private static final String POSTING_NOT_FOUND = "Không tìm thấy đợt công khai";

    /** A posting with its nominations (and their form names) and, for the commune's own people, the objections. */
    public record PostingDetail(PublicPosting posting, List<PostedItem> items, List<Objection> objections,
            boolean windowOpen) {
    }

    public record PostedItem(Nomination nomination, String formName) {
    }

    private final PublicPostingRepository postings;
    private final ObjectionRepository objections;
    private final NominationRepository nominations;
    private final NominationLogRepository logs;
    private final AwardRoundRepository rounds;
    private final AwardFormRepository forms;
    private final DecisionQueries queries;
    private final RuleSetService ruleSets;
    private final WorkingCalendarService calendar;
    private final Outbox outbox;
    private final AccessPolicy policy;
    private final AdvisoryLocks locks;
    private final AwardCycleConfig config;
    private final Clock clock;

    public PostingService(PublicPostingRepository postings, ObjectionRepository objections,
            NominationRepository nominations, NominationLogRepository logs, AwardRoundRepository rounds,
            AwardFormRepository forms, DecisionQueries queries, RuleSetService ruleSets, WorkingCalendarService calendar, Outbox outbox,
            AccessPolicy policy, AdvisoryLocks locks, AwardCycleConfig config, Clock clock) {
        this.postings = postings;
        this.objections = objections;
        this.nominations = nominations;
        this.logs = logs;
        this.rounds = rounds;
        this.forms = forms;
        this.queries = queries;
        this.ruleSets = ruleSets;
        this.calendar = calendar;
        this.outbox = outbox;
        this.policy = policy;
        this.locks = locks;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Posts the given PASSED nominations of a round (all of them when none are given): the window is the
     * longest {@code postingWorkingDays} of their rules, from the next working day after today to its last
     * working day. Each nomination moves to POSTED with a log line and a NominationPosted event.
     */
    @Transactional
    public PostingDetail create(CallerScope caller, UUID roundId, String title, List<UUID> nominationIds) {
        AwardRound round = rounds.findByIdOptional(roundId).orElseThrow(() -> new NotFoundException(ROUND_NOT_FOUND));
        policy.requireInCommune(caller, Action.POST_NOMINATIONS, round.communePath, ROUND_NOT_FOUND);
        Instant now = clock.instant();
        LocalDate today = VietnamTime.dateOf(now);

        List<Nomination> chosen = new ArrayList<>();
        if (nominationIds == null || nominationIds.isEmpty()) {
            chosen.addAll(queries.ofRoundInStatus(roundId, NominationStatus.PASSED));
            if (chosen.isEmpty()) {
                throw new InvalidFieldException("nominationIds",
                        "Đợt khen thưởng này chưa có hồ sơ nào được Hội đồng Thi đua - Khen thưởng thông qua");
            }
        } else {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < nominationIds.size(); i++) {
                String field = "nominationIds[" + i + "]";
                UUID id = nominationIds.get(i);
                if (id == null || !seen.add(id)) {
                    throw new InvalidFieldException(field, "Hồ sơ bị trùng hoặc để trống trong danh sách");
                }
                Nomination n = nominations.findById(id);
                if (n == null || !n.roundId.equals(roundId)) {
                    throw new InvalidFieldException(field, "Hồ sơ không thuộc đợt khen thưởng này");
                }
                if (n.status != NominationStatus.PASSED) {
                    throw new InvalidFieldException(field, "Hồ sơ " + n.nomineeName
                            + " chưa được Hội đồng thông qua hoặc đã được công khai (trạng thái " + n.status + ")");
                }
                chosen.add(n);
            }
        }
        int workingDays = 0;
        for (int i = 0; i < chosen.size(); i++) {
            AwardRule rule = ruleSets.ruleOf(chosen.get(i), today).orElseThrow(() -> new InvalidFieldException("nominationIds",
                    "Chưa có quy định khen thưởng đang có hiệu lực cho hình thức của hồ sơ"));
            workingDays = Math.max(workingDays, rule.postingWorkingDays);
        }
        WorkingCalendar cal = calendar.calendar();
        PublicPosting p = new PublicPosting();
        p.id = UUID.randomUUID();
        p.roundId = round.id;
        p.communeId = round.communeId;
        p.communePath = round.communePath;
        p.communeName = round.communeName;
        p.title = title == null || title.isBlank() ? "Công khai danh sách đề nghị khen thưởng - " + round.title : title.trim();
        p.postedAt = now;
        p.postedBy = caller.username();
        p.startsOn = cal.plusWorkingDays(today, 1);
        p.endsOn = workingDays == 0 ? today : cal.plusWorkingDays(today, workingDays);
        p.workingDays = workingDays;
        p.nominationIds = new ArrayList<>(chosen.stream().map(n -> n.id).toList());
        postings.persist(p);
        String until = VietnamTime.DATE.format(p.endsOn);
        for (Nomination n : chosen) {
            logs.persist(n.moveTo(NominationStatus.POSTED, NominationAction.POSTED, now, caller.username(), "Công khai",
                    "Công khai " + workingDays + " ngày làm việc, đến hết ngày " + until));
            String formName = formName(n.formCode);
            outbox.publish(Topics.AWARDS, EventTypes.NOMINATION_POSTED, 1, n.id.toString(), n.nominatingUnitPath,
                    new NominationPosted(n.id, p.id, round.id, round.communePath, n.nominatingUnitId,
                            n.nominatingUnitPath, n.nominatingUnitName, n.nomineeName, n.formCode, formName,
                            p.startsOn, p.endsOn));
        }
        Log.infof("Posting %s of round %s: %d nomination(s), %d working day(s) until %s", p.id, round.id,
                chosen.size(), workingDays, p.endsOn);
        return detail(p, true, today);
    }

    @Transactional
    public PageResponse<PostingDetail> list(CallerScope caller, UUID roundId, int page, int size) {
        policy.requireRole(caller, Action.READ_POSTINGS);
        LocalDate today = today();
        PanacheQuery<PublicPosting> q = postings.inScope(caller.scopePath(), roundId);
        List<PostingDetail> items = q.page(page, size).list().stream().map(p -> detail(p, true, today)).toList();
        return new PageResponse<>(items, page, size, q.count());
    }

    @Transactional
    public PostingDetail get(CallerScope caller, UUID id) {
        PublicPosting p = postings.findByIdOptional(id).orElseThrow(() -> new NotFoundException(POSTING_NOT_FOUND));
        policy.requireInCommune(caller, Action.READ_POSTINGS, p.communePath, POSTING_NOT_FOUND);
        return detail(p, true, today());
    }

    /** The public page: a commune's postings by its unit code (every commune without one), never objections. */
    @Transactional
    public PageResponse<PostingDetail> publicList(String communeCode, int page, int size) {
        UUID communeId = null;
        if (communeCode != null && !communeCode.isBlank()) {
            var unit = queries.unitByCode(communeCode.trim());
            if (unit.isEmpty()) {
                return new PageResponse<>(List.of(), page, size, 0);
            }
            communeId = unit.get().id;
        }
        LocalDate today = today();
        PanacheQuery<PublicPosting> q = postings.ofCommune(communeId);
        List<PostingDetail> items = q.page(page, size).list().stream().map(p -> detail(p, false, today)).toList();
        return new PageResponse<>(items, page, size, q.count());
    }

    @Transactional
    public PostingDetail publicGet(UUID id) {
        PublicPosting p = postings.findByIdOptional(id).orElseThrow(() -> new NotFoundException(POSTING_NOT_FOUND));
        return detail(p, false, today());
    }

    /** Bảng vinh danh of a commune (by unit code) and optionally a year: decided, not annulled awards. */
    @Transactional
    public PageResponse<vn.thiduaso.award.domain.AwardRecord> honours(String communeCode, Integer year, int page, int size) {
        var unit = queries.unitByCode(communeCode.trim());
        if (unit.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0);
        }
        return new PageResponse<>(queries.honours(unit.get().id, year, page, size), page, size,
                queries.countHonours(unit.get().id, year));
    }

    /** The communes with something public (a posting or a published award), for the public pages' picker. */
    @Transactional
    public List<DecisionQueries.PublicCommune> publicCommunes() {
        return queries.publicCommunes();
    }

    /**
     * A citizen's objection, taken while the window is open (409 after it). One client address may send
     * {@code objectionsPerHour} in any hour; the next answers 429 with the seconds until one slot frees.
     * Only the SHA-256 of the address is stored.
     */
    @Transactional
    public Objection object(UUID postingId, UUID nominationId, String name, String contact, String text,
            String clientAddress) {
        PublicPosting p = postings.findByIdOptional(postingId).orElseThrow(() -> new NotFoundException(POSTING_NOT_FOUND));
        Instant now = clock.instant();
        LocalDate today = VietnamTime.dateOf(now);
        if (!p.windowOpen(today)) {
            throw new ConflictException("Thời hạn công khai đã kết thúc ngày " + VietnamTime.DATE.format(p.endsOn)
                    + ", không nhận thêm ý kiến phản ánh");
        }
        if (nominationId != null && !p.nominationIds.contains(nominationId)) {
            throw new InvalidFieldException("nominationId", "Hồ sơ này không có trong danh sách công khai");
        }
        String hash = clientHash(clientAddress);
        locks.lock("objection-client:" + hash);
        Instant since = now.minus(Duration.ofHours(1));
        long recent = objections.countFrom(hash, since);
        if (recent >= config.objectionsPerHour()) {
            Instant oldest = objections.oldestFrom(hash, since).orElse(now);
            long retry = Math.max(1, Duration.between(now, oldest.plus(Duration.ofHours(1))).toSeconds() + 1);
            throw new TooManyObjectionsException("Bạn đã gửi " + recent + " ý kiến trong một giờ qua; vui lòng thử lại sau "
                    + (retry + 59) / 60 + " phút", retry);
        }
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.postingId = p.id;
        o.nominationId = nominationId;
        o.senderName = name.trim();
        o.contact = contact.trim();
        o.text = text.trim();
        o.receivedAt = now;
        o.clientHash = hash;
        o.status = ObjectionStatus.OPEN;
        objections.persist(o);
        for (UUID concerned : nominationId != null ? List.of(nominationId) : p.nominationIds) {
            Nomination n = nominations.findById(concerned);
            logs.persist(n.note(NominationAction.OBJECTION_RECEIVED, now, "public", null,
                    "Ý kiến phản ánh của " + o.senderName + " (" + o.id + ")"));
        }
        return o;
    }

    /** The office records how an objection was resolved (upheld or not, and why); logged on the dossier. */
    @Transactional
    public Objection resolve(CallerScope caller, UUID objectionId, boolean upheld, String resolution) {
        Objection o = objections.findByIdOptional(objectionId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy ý kiến phản ánh"));
        PublicPosting p = postings.findById(o.postingId);
        policy.requireInCommune(caller, Action.RESOLVE_OBJECTION, p.communePath, "Không tìm thấy ý kiến phản ánh");
        Instant now = clock.instant();
        o.resolve(upheld, resolution.trim(), caller.username(), now);
        for (UUID concerned : o.nominationId != null ? List.of(o.nominationId) : p.nominationIds) {
            Nomination n = nominations.findById(concerned);
            logs.persist(n.note(NominationAction.OBJECTION_RESOLVED, now, caller.username(), null,
                    (upheld ? "Ý kiến phản ánh có cơ sở: " : "Ý kiến phản ánh không có cơ sở: ") + o.resolution));
        }
        return o;
    }

    private PostingDetail detail(PublicPosting p, boolean withObjections, LocalDate today) {
        List<PostedItem> items = p.nominationIds.stream()
                .map(id -> {
                    Nomination n = nominations.findById(id);
                    return new PostedItem(n, formName(n.formCode));
                }).toList();
        return new PostingDetail(p, items, withObjections ? objections.ofPosting(p.id) : List.of(), p.windowOpen(today));
    }

    private String formName(String code) {
        return forms.findByCode(code).map(f -> f.name).orElse(code);
    }

    private LocalDate today() {
        return VietnamTime.dateOf(clock.instant());
    }

    /** SHA-256 of the client address (with a fixed label), never the address itself. */
    static String clientHash(String address) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(("thiduaso-objection:" + (address == null ? "unknown" : address)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
