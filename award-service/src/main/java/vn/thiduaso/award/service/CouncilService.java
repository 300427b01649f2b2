package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.DirectoryUser;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.council.BallotChoice;
import vn.thiduaso.award.domain.council.CouncilAgendaItem;
import vn.thiduaso.award.domain.council.CouncilMember;
import vn.thiduaso.award.domain.council.CouncilRecusal;
import vn.thiduaso.award.domain.council.CouncilSession;
import vn.thiduaso.award.domain.council.CouncilVote;
import vn.thiduaso.award.domain.council.Seat;
import vn.thiduaso.award.domain.council.SessionStatus;
import vn.thiduaso.award.domain.council.Tally;
import vn.thiduaso.award.messaging.CouncilEvents;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.CouncilAgendaItemRepository;
import vn.thiduaso.award.repository.CouncilMemberRepository;
import vn.thiduaso.award.repository.CouncilRecusalRepository;
import vn.thiduaso.award.repository.CouncilSessionRepository;
import vn.thiduaso.award.repository.CouncilVoteRepository;
import vn.thiduaso.award.repository.DirectoryUserRepository;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.service.AccessPolicy.CouncilAction;
import vn.thiduaso.award.service.AccessPolicy.CouncilTarget;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Phiên họp Hội đồng Thi đua - Khen thưởng: the office sets it up with its members and the round's
 * appraised nominations; the chair opens the vote with a window once the quorum is present; members
 * vote or recuse per nomination; the chair closes it and each nomination passes when its agree votes
 * reach the rule's threshold of the council's total membership. Every write that changes a
 * nomination writes its log line; the three council events go through the outbox.
 */
@ApplicationScoped
public class CouncilService {

    static final String COUNCIL_PARTY = "Hội đồng Thi đua - Khen thưởng";

    public record MemberSeat(UUID userId, Seat seat) {
    }

    public record NewSession(UUID roundId, String title, LocalDate scheduledOn, String location, boolean secretBallot,
            Integer quorumPercent, List<MemberSeat> members, List<UUID> nominationIds) {
    }

    public record Ballot(UUID nominationId, BallotChoice choice) {
    }

    // --- what a caller sees of a session (already masked for them) ------------------------------

    public record MemberLine(UUID userId, String username, String fullName, Seat seat, boolean present, boolean voted) {
    }

    public record RecusalLine(UUID userId, String fullName, String reason) {
    }

    /** Who chose what: only for an open (not secret) ballot, after the close. */
    public record BallotLine(UUID userId, String fullName, BallotChoice choice) {
    }

    public record AgendaLine(UUID nominationId, int position, NomineeKind nomineeKind, String nomineeName,
            UUID nominatingUnitId, String nominatingUnitName, String formCode, String formName, String achievements,
            Integer thresholdPercent, BallotChoice myChoice, boolean iRecused, List<RecusalLine> recusals, int votedCount,
            Tally tally, List<BallotLine> ballots) {
    }

    public record SessionDetail(CouncilSession session, AwardRound round, int totalMembers, int presentCount,
            boolean quorumMet, List<MemberLine> members, List<AgendaLine> agenda, Seat mySeat) {
    }

    private final CouncilSessionRepository sessions;
    private final CouncilMemberRepository members;
    private final CouncilAgendaItemRepository agenda;
    private final CouncilRecusalRepository recusals;
    private final CouncilVoteRepository votes;
    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;
    private final NominationLogRepository logs;
    private final DirectoryUserRepository users;
    private final AwardFormRepository forms;
    private final RuleSetService ruleSets;
    private final CouncilEvents events;
    private final AccessPolicy policy;
    private final Clock clock;

    public CouncilService(CouncilSessionRepository sessions, CouncilMemberRepository members,
            CouncilAgendaItemRepository agenda, CouncilRecusalRepository recusals, CouncilVoteRepository votes,
            AwardRoundRepository rounds, NominationRepository nominations, NominationLogRepository logs,
            DirectoryUserRepository users, AwardFormRepository forms, RuleSetService ruleSets, CouncilEvents events, AccessPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.members = members;
        this.agenda = agenda;
        this.recusals = recusals;
        this.votes = votes;
        this.rounds = rounds;
        this.nominations = nominations;
        this.logs = logs;
        this.users = users;
        this.forms = forms;
        this.ruleSets = ruleSets;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    // --- create ------------------------------------------------------------------------------------

    @Transactional
    public SessionDetail create(CallerScope caller, NewSession request) {
        if (!caller.hasRole(Roles.OFFICE)) {
            policy.require(caller, CouncilAction.CREATE_SESSION, new CouncilTarget(null, null));
        }
        AwardRound round = rounds.findByIdOptional(request.roundId()).filter(r -> caller.covers(r.communePath))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đợt khen thưởng"));
        policy.require(caller, CouncilAction.CREATE_SESSION, new CouncilTarget(round.communePath, null));
        List<DirectoryUser> councillors = checkMembers(round, request.members());
        List<Nomination> items = agendaOf(round, request.nominationIds());

        Instant now = clock.instant();
        CouncilSession s = new CouncilSession();
        s.id = UUID.randomUUID();
        s.roundId = round.id;
        s.communePath = round.communePath;
        s.title = request.title().strip();
        s.scheduledOn = request.scheduledOn();
        s.location = blankToNull(request.location());
        s.secretBallot = request.secretBallot();
        s.quorumPercent = request.quorumPercent() != null ? request.quorumPercent() : 50;
        s.status = SessionStatus.PLANNED;
        s.createdAt = now;
        s.createdBy = caller.username();
        sessions.persist(s);
        sessions.flush(); // the session row before its members and agenda (foreign keys)
        for (int i = 0; i < councillors.size(); i++) {
            DirectoryUser u = councillors.get(i);
            CouncilMember m = new CouncilMember();
            m.sessionId = s.id;
            m.userId = u.id;
            m.username = u.username;
            m.fullName = u.fullName;
            m.unitId = u.unitId;
            m.seat = request.members().get(i).seat();
            members.persist(m);
        }
        for (int i = 0; i < items.size(); i++) {
            Nomination n = items.get(i);
            CouncilAgendaItem item = new CouncilAgendaItem();
            item.sessionId = s.id;
            item.nominationId = n.id;
            item.position = i + 1;
            agenda.persist(item);
            logs.persist(n.moveTo(NominationStatus.IN_COUNCIL, NominationAction.SENT_TO_COUNCIL, now, caller.username(),
                    COUNCIL_PARTY, s.title));
        }
        return detail(caller, s);
    }

    /** Exactly one chair, at most one secretary, each an active council user of the round's commune, once. */
    private List<DirectoryUser> checkMembers(AwardRound round, List<MemberSeat> seats) {
        List<Problem.FieldError> errors = new ArrayList<>();
        long chairs = seats.stream().filter(m -> m.seat() == Seat.CHAIR).count();
        if (chairs != 1) {
            errors.add(new Problem.FieldError("members", "Hội đồng cần đúng một Chủ tịch (có " + chairs + ")"));
        }
        if (seats.stream().filter(m -> m.seat() == Seat.SECRETARY).count() > 1) {
            errors.add(new Problem.FieldError("members", "Hội đồng chỉ có một Thư ký"));
        }
        Map<UUID, DirectoryUser> found = users.list("id in ?1", seats.stream().map(MemberSeat::userId).toList()).stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        List<DirectoryUser> out = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            UUID id = seats.get(i).userId();
            DirectoryUser u = found.get(id);
            String field = "members[" + i + "].userId";
            if (!seen.add(id)) {
                errors.add(new Problem.FieldError(field, "Thành viên này đã có trong danh sách"));
            } else if (u == null || !u.active || !u.roleList().contains(Roles.COUNCIL) || u.unitPath == null
                    || !vn.thiduaso.platform.security.UnitPaths.covers(round.communePath, u.unitPath)) {
                errors.add(new Problem.FieldError(field,
                        "Không phải thành viên Hội đồng Thi đua - Khen thưởng (đang hoạt động) của " + communeName(round)));
            }
            out.add(u);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return out;
    }

    /** The given nominations, or every APPRAISED one of the round found eligible (or overridden). */
    private List<Nomination> agendaOf(AwardRound round, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            List<Nomination> all = nominations.list("roundId = ?1 and status = ?2 order by createdAt, id", round.id,
                    NominationStatus.APPRAISED).stream().filter(CouncilService::readyForCouncil).toList();
            if (all.isEmpty()) {
                throw new InvalidFieldException("nominationIds",
                        "Đợt khen thưởng chưa có hồ sơ nào đã thẩm định đủ điều kiện để đưa ra Hội đồng");
            }
            return all;
        }
        Map<UUID, Nomination> found = nominations.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<Nomination> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Nomination n = found.get(ids.get(i));
            String field = "nominationIds[" + i + "]";
            if (!seen.add(ids.get(i))) {
                errors.add(new Problem.FieldError(field, "Hồ sơ này đã có trong chương trình họp"));
            } else if (n == null || !n.roundId.equals(round.id)) {
                errors.add(new Problem.FieldError(field, "Không phải hồ sơ của đợt khen thưởng này"));
            } else if (n.status != NominationStatus.APPRAISED || !readyForCouncil(n)) {
                errors.add(new Problem.FieldError(field, "Hồ sơ chưa được thẩm định đủ điều kiện (trạng thái " + n.status + ")"));
            } else {
                out.add(n);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return out;
    }

    private static boolean readyForCouncil(Nomination n) {
        return Boolean.TRUE.equals(n.appraisalEligible) || n.overrideReason != null;
    }

    // --- read --------------------------------------------------------------------------------------

    @Transactional
    public PageResponse<SessionDetail> list(CallerScope caller, UUID roundId, SessionStatus status, int page, int size) {
        boolean onlyMine = !caller.hasRole(Roles.OFFICE) && !caller.hasRole(Roles.LEADER) && !caller.isAdmin();
        if (onlyMine && !caller.hasRole(Roles.COUNCIL)) {
            policy.require(caller, CouncilAction.READ_SESSION, new CouncilTarget(null, null));
        }
        PanacheQuery<CouncilSession> query = sessions.visible(caller.scopePath(), onlyMine ? caller.userId() : null,
                roundId, status).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(s -> detail(caller, s)).toList(), page, size, query.count());
    }

    @Transactional
    public SessionDetail get(CallerScope caller, UUID id) {
        CouncilSession s = visible(caller, id, false);
        policy.require(caller, CouncilAction.READ_SESSION, target(caller, s));
        return detail(caller, s);
    }

    // --- attendance, open, recusal, ballots, close -------------------------------------------------

    @Transactional
    public SessionDetail recordAttendance(CallerScope caller, UUID id, List<UUID> present) {
        CouncilSession s = visible(caller, id, true);
        policy.require(caller, CouncilAction.RECORD_ATTENDANCE, target(caller, s));
        s.requireAttendanceOpen();
        List<CouncilMember> all = members.ofSession(s.id);
        Set<UUID> ids = all.stream().map(m -> m.userId).collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            if (!ids.contains(present.get(i))) {
                errors.add(new Problem.FieldError("present[" + i + "]", "Không phải thành viên của phiên họp"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        Set<UUID> here = new HashSet<>(present);
        all.forEach(m -> m.present = here.contains(m.userId));
        return detail(caller, s);
    }

    @Transactional
    public SessionDetail open(CallerScope caller, UUID id, Instant votingClosesAt) {
        CouncilSession s = visible(caller, id, true);
        policy.require(caller, CouncilAction.CHAIR_SESSION, target(caller, s));
        Instant now = clock.instant();
        if (!votingClosesAt.isAfter(now)) {
            throw new InvalidFieldException("votingClosesAt", "Thời hạn biểu quyết phải sau thời điểm hiện tại");
        }
        List<CouncilMember> all = members.ofSession(s.id);
        int present = (int) all.stream().filter(m -> m.present).count();
        s.open(now, caller.username(), votingClosesAt, present, all.size());
        events.opened(s, all.stream().map(m -> new CouncilEvents.Member(m.userId, m.username)).toList(),
                agenda.ofSession(s.id).stream().map(a -> a.nominationId).toList());
        return detail(caller, s);
    }

    @Transactional
    public SessionDetail recuse(CallerScope caller, UUID id, UUID nominationId, String reason) {
        CouncilSession s = visible(caller, id, true);
        policy.require(caller, CouncilAction.VOTE, target(caller, s));
        Instant now = clock.instant();
        requireBallotsOpen(s, now);
        List<CouncilAgendaItem> items = agenda.ofSession(s.id);
        if (items.stream().noneMatch(a -> a.nominationId.equals(nominationId))) {
            throw new InvalidFieldException("nominationId", "Hồ sơ không có trong chương trình họp");
        }
        UUID me = caller.userId();
        boolean wasComplete = completed(s.id, me, items);
        if (votes.findByIdOptional(new CouncilVote.Key(s.id, nominationId, me)).isPresent()) {
            throw ConflictException.onField("nominationId", "Bạn đã biểu quyết hồ sơ này, không thể xin không tham gia");
        }
        if (recusals.findByIdOptional(new CouncilRecusal.Key(s.id, nominationId, me)).isPresent()) {
            throw ConflictException.onField("nominationId", "Bạn đã khai báo không tham gia biểu quyết hồ sơ này");
        }
        CouncilRecusal r = new CouncilRecusal();
        r.sessionId = s.id;
        r.nominationId = nominationId;
        r.userId = me;
        r.reason = reason.strip();
        r.declaredAt = now;
        recusals.persist(r);
        announceCompletion(caller, s, items, wasComplete, now);
        return detail(caller, s);
    }

    @Transactional
    public SessionDetail vote(CallerScope caller, UUID id, List<Ballot> ballots) {
        CouncilSession s = visible(caller, id, true);
        policy.require(caller, CouncilAction.VOTE, target(caller, s));
        Instant now = clock.instant();
        requireBallotsOpen(s, now);
        List<CouncilAgendaItem> items = agenda.ofSession(s.id);
        Set<UUID> onAgenda = items.stream().map(a -> a.nominationId).collect(Collectors.toSet());
        UUID me = caller.userId();
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < ballots.size(); i++) {
            if (!onAgenda.contains(ballots.get(i).nominationId())) {
                unknown.add(new Problem.FieldError("votes[" + i + "].nominationId", "Hồ sơ không có trong chương trình họp"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(unknown);
        }
        Set<UUID> recused = recusals.ofSession(s.id).stream().filter(r -> r.userId.equals(me)).map(r -> r.nominationId)
                .collect(Collectors.toSet());
        Set<UUID> voted = votes.ofSession(s.id).stream().filter(v -> v.userId.equals(me)).map(v -> v.nominationId)
                .collect(Collectors.toCollection(HashSet::new));
        boolean wasComplete = items.stream().allMatch(a -> voted.contains(a.nominationId) || recused.contains(a.nominationId));
        for (int i = 0; i < ballots.size(); i++) {
            UUID nominationId = ballots.get(i).nominationId();
            String field = "votes[" + i + "].nominationId";
            if (recused.contains(nominationId)) {
                throw ConflictException.onField(field, "Bạn đã khai báo không tham gia biểu quyết hồ sơ này");
            }
            if (!voted.add(nominationId)) {
                throw ConflictException.onField(field, "Bạn đã biểu quyết hồ sơ này; mỗi thành viên chỉ biểu quyết một lần");
            }
        }
        for (Ballot b : ballots) {
            CouncilVote v = new CouncilVote();
            v.sessionId = s.id;
            v.nominationId = b.nominationId();
            v.userId = me;
            v.choice = b.choice();
            v.castAt = now;
            votes.persist(v);
        }
        announceCompletion(caller, s, items, wasComplete, now);
        return detail(caller, s);
    }

    @Transactional
    public SessionDetail close(CallerScope caller, UUID id) {
        CouncilSession s = visible(caller, id, true);
        policy.require(caller, CouncilAction.CHAIR_SESSION, target(caller, s));
        Instant now = clock.instant();
        s.close(now, caller.username());
        int total = (int) members.countOfSession(s.id);
        List<CouncilAgendaItem> items = agenda.ofSession(s.id);
        Map<UUID, Nomination> byId = nominationsOf(items);
        Map<UUID, List<BallotChoice>> choices = new HashMap<>();
        votes.ofSession(s.id).forEach(v -> choices.computeIfAbsent(v.nominationId, k -> new ArrayList<>()).add(v.choice));
        Map<UUID, Long> recusalCounts = recusals.ofSession(s.id).stream()
                .collect(Collectors.groupingBy(r -> r.nominationId, Collectors.counting()));
        Map<String, String> formNames = formNames(byId.values());
        List<CouncilEvents.Result> results = new ArrayList<>();
        for (CouncilAgendaItem item : items) {
            Nomination n = byId.get(item.nominationId);
            AwardRule rule = ruleSets.ruleOf(n).orElseThrow(() -> new ConflictException(
                    "Chưa có quy định khen thưởng cho hình thức " + n.formCode + " của hồ sơ " + n.nomineeName));
            Tally tally = Tally.count(choices.getOrDefault(n.id, List.of()), recusalCounts.getOrDefault(n.id, 0L).intValue(),
                    total, rule);
            item.record(tally);
            logs.persist(n.moveTo(tally.passed() ? NominationStatus.PASSED : NominationStatus.REJECTED,
                    tally.passed() ? NominationAction.COUNCIL_PASSED : NominationAction.COUNCIL_REJECTED, now,
                    caller.username(), COUNCIL_PARTY, tally.note(rule.voteThresholdPercent)));
            results.add(new CouncilEvents.Result(n.id, n.nominatingUnitId, n.nominatingUnitPath, n.nominatingUnitName,
                    n.nomineeName, n.formCode, formNames.getOrDefault(n.formCode, n.formCode), tally.agree(),
                    tally.disagree(), tally.abstain(), tally.recused(), tally.passed()));
        }
        events.voteClosed(s, total, results);
        return detail(caller, s);
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** The session if it exists and lies in the caller's scope (else 404, never 403); locked for a write. */
    private CouncilSession visible(CallerScope caller, UUID id, boolean forUpdate) {
        Optional<CouncilSession> s = forUpdate ? sessions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                : sessions.findByIdOptional(id);
        return s.filter(x -> caller.covers(x.communePath))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy phiên họp Hội đồng"));
    }

    private CouncilTarget target(CallerScope caller, CouncilSession s) {
        return new CouncilTarget(s.communePath, members.member(s.id, caller.userId()).map(m -> m.seat).orElse(null));
    }

    private static void requireBallotsOpen(CouncilSession s, Instant now) {
        if (s.status != SessionStatus.OPEN) {
            throw new ConflictException(s.status == SessionStatus.CLOSED ? "Phiên họp đã kết thúc biểu quyết"
                    : "Phiên họp chưa mở biểu quyết");
        }
        if (!s.takesBallots(now)) {
            throw new ConflictException("Đã hết thời hạn biểu quyết (" + VietnamTime.time(s.votingClosesAt) + " ngày "
                    + VietnamTime.date(s.votingClosesAt) + ")");
        }
    }

    private boolean completed(UUID sessionId, UUID userId, List<CouncilAgendaItem> items) {
        Set<UUID> done = new HashSet<>();
        votes.ofSession(sessionId).stream().filter(v -> v.userId.equals(userId)).forEach(v -> done.add(v.nominationId));
        recusals.ofSession(sessionId).stream().filter(r -> r.userId.equals(userId)).forEach(r -> done.add(r.nominationId));
        return items.stream().allMatch(a -> done.contains(a.nominationId));
    }

    /** CouncilBallotCompleted once: when this write made the member's ballot complete. */
    private void announceCompletion(CallerScope caller, CouncilSession s, List<CouncilAgendaItem> items, boolean wasComplete,
            Instant now) {
        votes.flush();
        if (!wasComplete && completed(s.id, caller.userId(), items)) {
            events.ballotCompleted(s, caller.userId(), caller.username(), now);
        }
    }

    private Map<UUID, Nomination> nominationsOf(List<CouncilAgendaItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        return nominations.list("id in ?1", items.stream().map(a -> a.nominationId).toList()).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
    }

    private Map<String, String> formNames(java.util.Collection<Nomination> ns) {
        Set<String> codes = ns.stream().map(n -> n.formCode).collect(Collectors.toCollection(LinkedHashSet::new));
        if (codes.isEmpty()) {
            return Map.of();
        }
        return forms.list("code in ?1", codes).stream().collect(Collectors.toMap(f -> f.code, f -> f.name, (a, b) -> a));
    }

    /** The session as this caller may see it: their own choices, the tally only after the close. */
    SessionDetail detail(CallerScope caller, CouncilSession s) {
        AwardRound round = rounds.findById(s.roundId);
        List<CouncilMember> all = members.ofSession(s.id);
        List<CouncilAgendaItem> items = agenda.ofSession(s.id);
        List<CouncilVote> ballots = votes.ofSession(s.id);
        List<CouncilRecusal> recused = recusals.ofSession(s.id);
        Map<UUID, Nomination> byId = nominationsOf(items);
        Map<String, String> formNames = formNames(byId.values());
        Map<UUID, CouncilMember> memberById = all.stream().collect(Collectors.toMap(m -> m.userId, Function.identity()));
        UUID me = caller.userId();
        boolean closed = s.status == SessionStatus.CLOSED;

        List<MemberLine> memberLines = new ArrayList<>();
        for (CouncilMember m : all) {
            Set<UUID> done = new HashSet<>();
            ballots.stream().filter(v -> v.userId.equals(m.userId)).forEach(v -> done.add(v.nominationId));
            recused.stream().filter(r -> r.userId.equals(m.userId)).forEach(r -> done.add(r.nominationId));
            boolean complete = !items.isEmpty() && items.stream().allMatch(a -> done.contains(a.nominationId));
            memberLines.add(new MemberLine(m.userId, m.username, m.fullName, m.seat, m.present, complete));
        }
        List<AgendaLine> agendaLines = new ArrayList<>();
        for (CouncilAgendaItem item : items) {
            Nomination n = byId.get(item.nominationId);
            List<CouncilVote> onItem = ballots.stream().filter(v -> v.nominationId.equals(n.id)).toList();
            BallotChoice mine = onItem.stream().filter(v -> v.userId.equals(me)).map(v -> v.choice).findFirst().orElse(null);
            List<RecusalLine> recusalLines = recused.stream().filter(r -> r.nominationId.equals(n.id))
                    .map(r -> new RecusalLine(r.userId, name(memberById.get(r.userId)), r.reason)).toList();
            boolean iRecused = recused.stream().anyMatch(r -> r.nominationId.equals(n.id) && r.userId.equals(me));
            List<BallotLine> open = closed && !s.secretBallot
                    ? onItem.stream().map(v -> new BallotLine(v.userId, name(memberById.get(v.userId)), v.choice)).toList()
                    : null;
            Integer threshold = ruleSets.ruleOf(n).map(r -> r.voteThresholdPercent).orElse(null);
            agendaLines.add(new AgendaLine(n.id, item.position, n.nomineeKind, n.nomineeName, n.nominatingUnitId,
                    n.nominatingUnitName, n.formCode, formNames.getOrDefault(n.formCode, n.formCode), n.achievements,
                    threshold, mine, iRecused, recusalLines, onItem.size(), item.tally(all.size()), open));
        }
        int present = (int) all.stream().filter(m -> m.present).count();
        Seat mySeat = Optional.ofNullable(memberById.get(me)).map(m -> m.seat).orElse(null);
        return new SessionDetail(s, round, all.size(), present, s.quorumMet(present, all.size()), memberLines,
                agendaLines, mySeat);
    }

    private static String name(CouncilMember m) {
        return m == null ? null : m.displayName();
    }

    static String communeName(AwardRound round) {
        return round.communeName != null ? round.communeName : round.communePath;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
