package vn.thiduaso.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thiduaso.notification.Events.Event;

/** Events of the awards topic as award-service publishes them (docs/events.md, "The award cycle"). */
public final class Awards {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FORM = "giay-khen-chu-tich-ubnd-xa";
    static final String FORM_NAME = "Giấy khen của Chủ tịch UBND xã/phường";

    /** A round of the commune for some nominator units. */
    public record Round(UUID roundId, String title, LocalDate nominationDeadline, List<Commune.Unit> units) {
    }

    /** One nomination of a unit in a round. */
    public record Nomination(UUID nominationId, UUID roundId, String nomineeName, Commune.Unit unit) {
    }

    public static Round round(LocalDate deadline, Commune.Unit... units) {
        return new Round(UUID.randomUUID(), "Xét khen thưởng thành tích năm " + deadline.getYear(), deadline,
                List.of(units));
    }

    public static Event roundOpened(Commune c, Round r) {
        return roundEvent(c, r, "AwardRoundOpened", "OPEN");
    }

    public static Event roundChanged(Commune c, Round r, String status) {
        return roundEvent(c, r, "AwardRoundChanged", status);
    }

    private static Event roundEvent(Commune c, Round r, String type, String status) {
        ObjectNode p = JSON.createObjectNode().put("roundId", r.roundId().toString())
                .put("communeId", c.communeId().toString()).put("communePath", c.communePath())
                .put("communeName", "UBND xã " + c.key()).put("title", r.title()).put("occasion", "ANNUAL")
                .put("year", r.nominationDeadline().getYear()).put("status", status)
                .put("nominationDeadline", r.nominationDeadline().toString()).putNull("councilDate").putNull("decisionDate");
        p.putArray("formCodes").add(FORM);
        ArrayNode units = p.putArray("nominatorUnits");
        r.units().forEach(u -> units.addObject().put("unitId", u.id().toString()).put("unitPath", u.path())
                .put("unitName", u.name()));
        return Events.envelope("awards", type, 1, "award-service", r.roundId().toString(), c.communePath(), p,
                Instant.now());
    }

    private static ObjectNode nomination(Commune c, Nomination n) {
        return JSON.createObjectNode().put("nominationId", n.nominationId().toString())
                .put("roundId", n.roundId().toString()).put("communePath", c.communePath())
                .put("nominatingUnitId", n.unit().id().toString()).put("nominatingUnitPath", n.unit().path())
                .put("nominatingUnitName", n.unit().name()).put("nomineeName", n.nomineeName())
                .put("formCode", FORM).put("formName", FORM_NAME);
    }

    private static Event event(Commune c, Nomination n, String type, ObjectNode payload) {
        return Events.envelope("awards", type, 1, "award-service", n.nominationId().toString(), n.unit().path(), payload,
                Instant.now());
    }

    public static Event submitted(Commune c, Nomination n, String roundTitle) {
        return event(c, n, "NominationSubmitted", nomination(c, n).put("roundTitle", roundTitle)
                .put("nomineeKind", "INDIVIDUAL").put("submittedAt", Instant.now().toString())
                .put("submittedBy", "kienan.unit").put("eligibilityPassed", true).put("overridden", false));
    }

    public static Event returned(Commune c, Nomination n, String reason) {
        ObjectNode p = nomination(c, n).put("roundTitle", "Xét khen thưởng").put("reason", reason)
                .put("returnedBy", "office").put("returnedAt", Instant.now().toString());
        p.remove("formName"); // NominationReturned v1 carries the form code only
        return event(c, n, "NominationReturned", p);
    }

    public static Event posted(Commune c, Nomination n, LocalDate startsOn, LocalDate endsOn) {
        return event(c, n, "NominationPosted", nomination(c, n).put("postingId", UUID.randomUUID().toString())
                .put("startsOn", startsOn.toString()).put("endsOn", endsOn.toString()));
    }

    public static Event decided(Commune c, Nomination n, String number, LocalDate on) {
        return event(c, n, "AwardDecided", nomination(c, n).put("awardRecordId", UUID.randomUUID().toString())
                .put("nomineeKind", "INDIVIDUAL").put("decisionNumber", number).put("decisionDate", on.toString())
                .put("decidingAuthority", "COMMUNE_CHAIRMAN").put("source", "COMMUNE").put("cashAmountVnd", 702000));
    }

    public static Event forwarded(Commune c, Nomination n, Commune.Unit board) {
        return event(c, n, "NominationForwarded", nomination(c, n).put("forwardingId", UUID.randomUUID().toString())
                .put("boardUnitId", board.id().toString()).put("boardUnitPath", board.path())
                .put("forwardedAt", Instant.now().toString()));
    }

    public static Event refused(Commune c, Nomination n, String note) {
        ObjectNode p = nomination(c, n).put("decisionNumber", "12/TB-BTĐKT").put("decisionDate", "2027-03-02")
                .put("note", note);
        p.remove("nominatingUnitName");
        return event(c, n, "NominationRefused", p);
    }

    public static Event annulled(Commune c, Nomination n, String reason) {
        ObjectNode p = nomination(c, n).put("awardRecordId", UUID.randomUUID().toString()).put("reason", reason)
                .put("decisionRef", "Quyết định số 45/QĐ-UBND").put("annulledAt", Instant.now().toString());
        p.remove("nominatingUnitName");
        return event(c, n, "AwardAnnulled", p);
    }

    public static Event sessionOpened(Commune c, UUID sessionId, Instant closesAt, Commune.Person... members) {
        ObjectNode p = JSON.createObjectNode().put("sessionId", sessionId.toString())
                .put("roundId", UUID.randomUUID().toString()).put("communePath", c.communePath())
                .put("title", "Phiên họp Hội đồng Thi đua - Khen thưởng xã " + c.key())
                .put("votingClosesAt", closesAt.toString());
        ArrayNode m = p.putArray("members");
        for (Commune.Person person : members) {
            m.addObject().put("userId", person.id().toString()).put("username", person.username());
        }
        p.putArray("nominationIds").add(UUID.randomUUID().toString());
        return Events.envelope("awards", "CouncilSessionOpened", 1, "award-service", sessionId.toString(),
                c.communePath(), p, Instant.now());
    }

    public static Event ballotCompleted(Commune c, UUID sessionId, Commune.Person member) {
        ObjectNode p = JSON.createObjectNode().put("sessionId", sessionId.toString())
                .put("userId", member.id().toString()).put("username", member.username())
                .put("completedAt", Instant.now().toString());
        return Events.envelope("awards", "CouncilBallotCompleted", 1, "award-service", sessionId.toString(),
                c.communePath(), p, Instant.now());
    }

    /** The session closed with one result per nomination: {agree, disagree, abstain, recused, passed 0/1}. */
    public static Event voteClosed(Commune c, UUID sessionId, int totalMembers, List<Nomination> nominations,
            int[][] tallies) {
        ObjectNode p = JSON.createObjectNode().put("sessionId", sessionId.toString())
                .put("roundId", UUID.randomUUID().toString()).put("communePath", c.communePath())
                .put("closedAt", Instant.now().toString()).put("totalMembers", totalMembers);
        ArrayNode results = p.putArray("results");
        for (int i = 0; i < nominations.size(); i++) {
            Nomination n = nominations.get(i);
            int[] t = tallies[i];
            results.addObject().put("nominationId", n.nominationId().toString())
                    .put("nominatingUnitId", n.unit().id().toString()).put("nominatingUnitPath", n.unit().path())
                    .put("nominatingUnitName", n.unit().name()).put("nomineeName", n.nomineeName())
                    .put("formCode", FORM).put("formName", FORM_NAME).put("agree", t[0]).put("disagree", t[1])
                    .put("abstain", t[2]).put("recused", t[3]).put("passed", t[4] == 1);
        }
        return Events.envelope("awards", "CouncilVoteClosed", 1, "award-service", sessionId.toString(),
                c.communePath(), p, Instant.now());
    }

    private Awards() {
    }
}
