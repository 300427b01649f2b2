package vn.thiduaso.notification.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.domain.DirectoryUnit;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.messaging.AwardEvents.AwardAnnulled;
import vn.thiduaso.notification.messaging.AwardEvents.AwardDecided;
import vn.thiduaso.notification.messaging.AwardEvents.CouncilResult;
import vn.thiduaso.notification.messaging.AwardEvents.CouncilVoteClosed;
import vn.thiduaso.notification.messaging.AwardEvents.NominationForwarded;
import vn.thiduaso.notification.messaging.AwardEvents.NominationPosted;
import vn.thiduaso.notification.messaging.AwardEvents.NominationRefused;
import vn.thiduaso.notification.messaging.AwardEvents.NominationReturned;
import vn.thiduaso.notification.messaging.AwardEvents.NominationSubmitted;
import vn.thiduaso.notification.repository.DirectoryUnitRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Tells the nominating unit of each step of its nomination (Thông báo tiến trình hồ sơ khen thưởng):
 * one mail (as each user chose) and inbox item per active user of the unit, in Vietnamese with
 * English after it, naming the nominee, the form and what happens next. The event id is the source
 * of the notification, so a redelivered event reaches nobody twice.
 */
@ApplicationScoped
public class AwardStepService {

    private final DirectoryUserRepository users;
    private final DirectoryUnitRepository units;
    private final Notifier notifier;
    private final AwardDeadlineService deadlines;

    public AwardStepService(DirectoryUserRepository users, DirectoryUnitRepository units, Notifier notifier,
            AwardDeadlineService deadlines) {
        this.users = users;
        this.units = units;
        this.notifier = notifier;
        this.deadlines = deadlines;
    }

    /**
     * NominationSubmitted: a receipt to the nominating unit and to the commune's office (who takes
     * the dossier in); the unit's round deadline is met.
     */
    @Transactional
    public void submitted(UUID eventId, NominationSubmitted e) {
        deadlines.nominationSubmitted(e.roundId(), e.nominatingUnitId(), e.submittedAt());
        Map<String, Object> data = nomination(e.nominationId(), e.nomineeName(), e.nomineeKind(), e.formCode(),
                e.formName(), e.roundTitle(), unitName(e.nominatingUnitId(), e.nominatingUnitName()));
        data.put("submittedBy", AwardMailData.text(e.submittedBy()));
        data.put("submittedAt", e.submittedAt() == null ? "" : VietnamTime.date(e.submittedAt()) + " "
                + VietnamTime.time(e.submittedAt()));
        data.put("eligibilityPassed", Boolean.TRUE.equals(e.eligibilityPassed()));
        data.put("overridden", Boolean.TRUE.equals(e.overridden()));
        int told = toUnit(e.nominatingUnitId(), EmailKind.NOMINATION_RECEIPT, data, eventId);
        if (e.communePath() != null && !e.communePath().isBlank()) {
            Map<String, Object> office = new java.util.HashMap<>(data);
            office.put("forOffice", true);
            for (DirectoryUser user : users.activeWithRoleUnder(Roles.OFFICE, e.communePath())) {
                if (!user.unitId.equals(e.nominatingUnitId())
                        && notifier.toUser(user, EmailKind.NOMINATION_RECEIPT, null, office, eventId)) {
                    told++;
                }
            }
        }
        Log.infof("Nomination %s submitted: %d user(s) told", e.nominationId(), told);
    }

    @Transactional
    public void returned(UUID eventId, NominationReturned e) {
        Map<String, Object> data = nomination(e.nominationId(), e.nomineeName(), null, e.formCode(), e.formName(),
                e.roundTitle(), unitName(e.nominatingUnitId(), e.nominatingUnitName()));
        data.put("reason", blankToDash(e.reason()));
        told(e.nominationId(), "returned", toUnit(e.nominatingUnitId(), EmailKind.NOMINATION_RETURNED, data, eventId));
    }

    /** CouncilVoteClosed: each nominating unit learns its nominations' tally; the session's ballots close. */
    @Transactional
    public void voteClosed(UUID eventId, CouncilVoteClosed e) {
        deadlines.sessionClosed(e.sessionId());
        for (CouncilResult r : e.results()) {
            Map<String, Object> data = nomination(r.nominationId(), r.nomineeName(), null, r.formCode(), r.formName(), "",
                    unitName(r.nominatingUnitId(), r.nominatingUnitName()));
            data.put("agree", r.agree());
            data.put("disagree", r.disagree());
            data.put("abstain", r.abstain());
            data.put("recused", r.recused());
            data.put("totalMembers", e.totalMembers());
            data.put("passed", r.passed());
            // one event, several nominations (maybe of one unit): one notification per result
            UUID source = UUID.nameUUIDFromBytes((eventId + ":" + r.nominationId()).getBytes(StandardCharsets.UTF_8));
            told(r.nominationId(), "council result", toUnit(r.nominatingUnitId(), EmailKind.COUNCIL_RESULT, data, source));
        }
    }

    @Transactional
    public void posted(UUID eventId, NominationPosted e) {
        Map<String, Object> data = nomination(e.nominationId(), e.nomineeName(), null, e.formCode(), e.formName(), "",
                unitName(e.nominatingUnitId(), e.nominatingUnitName()));
        data.put("startsOn", AwardMailData.date(e.startsOn()));
        data.put("endsOn", AwardMailData.date(e.endsOn()));
        told(e.nominationId(), "posted", toUnit(e.nominatingUnitId(), EmailKind.NOMINATION_POSTED, data, eventId));
    }

    @Transactional
    public void decided(UUID eventId, AwardDecided e) {
        Map<String, Object> data = nomination(e.nominationId(), e.nomineeName(), e.nomineeKind(), e.formCode(),
                e.formName(), "", unitName(e.nominatingUnitId(), e.nominatingUnitName()));
        data.put("decisionNumber", AwardMailData.text(e.decisionNumber()));
        data.put("decisionDate", AwardMailData.date(e.decisionDate()));
        data.put("decidingAuthority", AwardMailData.text(e.decidingAuthority()));
        data.put("cashAmount", AwardMailData.vnd(e.cashAmountVnd()));
        told(e.nominationId(), "decided", toUnit(e.nominatingUnitId(), EmailKind.AWARD_DECIDED, data, eventId));
    }

    @Transactional
    public void forwarded(UUID eventId, NominationForwarded e) {
        Map<String, Object> data = nomination(e.nominationId(), e.nomineeName(), null, e.formCode(), e.formName(), "",
                unitName(e.nominatingUnitId(), e.nominatingUnitName()));
        DirectoryUnit board = e.boardUnitId() == null ? null : units.findById(e.boardUnitId());
        data.put("recipientUnitName", board == null ? "" : board.name);
        data.put("submittedAt", e.forwardedAt() == null ? "" : VietnamTime.date(e.forwardedAt()));
        told(e.nominationId(), "forwarded", toUnit(e.nominatingUnitId(), EmailKind.NOMINATION_FORWARDED, data, eventId));
    }

    @Transactional
    public void refused(UUID eventId, NominationRefused e) {
        Map<String, Object> data = nomination(e.nominationId(), e.nomineeName(), null, e.formCode(), e.formName(), "",
                unitName(e.nominatingUnitId(), null));
        data.put("decisionNumber", AwardMailData.text(e.decisionNumber()));
        data.put("decisionDate", AwardMailData.date(e.decisionDate()));
        data.put("note", blankToDash(e.note()));
        told(e.nominationId(), "refused", toUnit(e.nominatingUnitId(), EmailKind.NOMINATION_REFUSED, data, eventId));
    }

    @Transactional
    public void annulled(UUID eventId, AwardAnnulled e) {
        Map<String, Object> data = nomination(e.nominationId(), e.nomineeName(), null, e.formCode(), e.formName(), "",
                unitName(e.nominatingUnitId(), null));
        data.put("reason", blankToDash(e.reason()));
        data.put("decisionRef", blankToDash(e.decisionRef()));
        told(e.nominationId(), "annulled", toUnit(e.nominatingUnitId(), EmailKind.AWARD_ANNULLED, data, eventId));
    }

    private Map<String, Object> nomination(UUID nominationId, String nomineeName, String nomineeKind, String formCode,
            String formName, String roundTitle, String unitName) {
        Map<String, Object> data = new LinkedHashMap<>(AwardMailData.step(notifier.nominationLink(nominationId)));
        data.put("nomineeName", AwardMailData.text(nomineeName));
        data.put("nomineeKind", AwardMailData.kindVi(nomineeKind));
        data.put("formName", formName != null && !formName.isBlank() ? formName.strip() : AwardMailData.text(formCode));
        data.put("roundTitle", AwardMailData.text(roundTitle));
        data.put("unitName", unitName);
        return data;
    }

    /** Every active user of the nominating unit; how many were told now (0 for a repeated source). */
    private int toUnit(UUID unitId, EmailKind kind, Map<String, Object> data, UUID sourceId) {
        int told = 0;
        List<DirectoryUser> members = users.activeInUnit(unitId);
        for (DirectoryUser user : members) {
            if (notifier.toUser(user, kind, null, data, sourceId)) {
                told++;
            }
        }
        return told;
    }

    /** The unit's name from the event, else from the unit read model, else empty. */
    private String unitName(UUID unitId, String fromEvent) {
        if (fromEvent != null && !fromEvent.isBlank()) {
            return fromEvent.strip();
        }
        DirectoryUnit unit = unitId == null ? null : units.findById(unitId);
        return unit == null ? "" : unit.name;
    }

    private static String blankToDash(String s) {
        return s == null || s.isBlank() ? "—" : s.strip();
    }

    private static void told(UUID nominationId, String step, int n) {
        Log.infof("Nomination %s %s: %d user(s) of the nominating unit told", nominationId, step, n);
    }
}
