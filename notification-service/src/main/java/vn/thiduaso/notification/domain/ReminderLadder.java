package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thiduaso.platform.calendar.WorkingCalendar;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Thang nhắc hạn: the steps of one deadline, computed from its due instant, the rules
 * (configuration) and the working-day calendar. Days count from the last day on which the report
 * is on time ("trước ngày 05/12" → 04/12):
 * <ul>
 * <li>REMINDER steps {@code BEFORE_n} n days before that day, and {@code DUE} on it (n = 0);</li>
 * <li>OVERDUE steps {@code OVERDUE_n} n days after it (the first, then every few days, a bounded number);</li>
 * <li>ESCALATION steps {@code ESCALATION_n} to the unit's head and the commune office, from the
 * n-th overdue day on, with the same rhythm and horizon.</li>
 * </ul>
 * A step on a non-working day moves to the working day before; an overdue or escalation step is
 * never moved to or before the last on-time day (it then moves to the working day after). Two steps
 * of one audience landing on the same day collapse into the later one, so nobody gets two mails a day.
 */
public final class ReminderLadder {

    public enum Audience {
        /** The reporting unit's users. */
        UNIT,
        /** The unit's head (its mailbox, its leaders) and the recipient's office. */
        ESCALATION
    }

    /** The configured rules (thiduaso.notification.reminders.*). */
    public record Rules(LocalTime sendAt, List<Integer> daysBefore, int overdueFirstDay, int overdueEveryDays,
            int overdueMaxSteps, int escalateFromOverdueDay) {
    }

    /** One step: its name, kind, who gets it, the day and the instant it is sent. */
    public record Step(String name, EmailKind kind, Audience audience, LocalDate date, Instant fireAt) {
    }

    private ReminderLadder() {
    }

    public static List<Step> steps(Instant dueAt, Rules rules, WorkingCalendar calendar) {
        LocalDate lastDay = DeadlineState.lastDay(dueAt);
        List<Step> unit = new ArrayList<>();
        rules.daysBefore().stream().distinct().sorted(Comparator.reverseOrder()).forEach(n -> {
            LocalDate date = calendar.onOrBefore(lastDay.minusDays(n));
            Instant fireAt = at(date, rules.sendAt());
            if (fireAt.isBefore(dueAt)) {
                unit.add(new Step(n == 0 ? "DUE" : "BEFORE_" + n, EmailKind.REMINDER, Audience.UNIT, date, fireAt));
            }
        });
        int every = Math.max(1, rules.overdueEveryDays());
        int lastOverdueDay = rules.overdueFirstDay() + (rules.overdueMaxSteps() - 1) * every;
        for (int i = 0; i < rules.overdueMaxSteps(); i++) {
            int day = rules.overdueFirstDay() + i * every;
            unit.add(after(dueAt, "OVERDUE_" + day, EmailKind.OVERDUE, Audience.UNIT, lastDay, day, rules, calendar));
        }
        List<Step> escalation = new ArrayList<>();
        if (rules.overdueMaxSteps() > 0) {
            for (int day = rules.escalateFromOverdueDay(); day <= lastOverdueDay; day += every) {
                escalation.add(after(dueAt, "ESCALATION_" + day, EmailKind.ESCALATION, Audience.ESCALATION, lastDay, day,
                        rules, calendar));
            }
        }
        List<Step> all = new ArrayList<>(oneADay(unit));
        all.addAll(oneADay(escalation));
        all.sort(Comparator.comparing(Step::fireAt).thenComparing(Step::name));
        return all;
    }

    /**
     * The ladder of a council member's ballot: a REMINDER {@code BALLOT_<minutes>M} that long before the
     * voting closes (e.g. 1 day, 2 hours, 30 minutes), to the member; no overdue steps (a closed vote
     * cannot be cast). Hours matter here, so no step moves to a working day or to the send time.
     */
    public static List<Step> ballotSteps(Instant closesAt, List<java.time.Duration> before) {
        return before.stream().distinct().sorted(Comparator.reverseOrder())
                .map(d -> {
                    Instant fireAt = closesAt.minus(d);
                    return new Step("BALLOT_" + d.toMinutes() + "M", EmailKind.REMINDER, Audience.UNIT,
                            VietnamTime.dateOf(fireAt), fireAt);
                })
                .toList();
    }

    private static Step after(Instant dueAt, String name, EmailKind kind, Audience audience, LocalDate lastDay, int day,
            Rules rules, WorkingCalendar calendar) {
        LocalDate nominal = lastDay.plusDays(day);
        LocalDate date = calendar.onOrBefore(nominal);
        if (!date.isAfter(lastDay) || !at(date, rules.sendAt()).isAfter(dueAt)) {
            date = calendar.onOrAfter(nominal);
        }
        return new Step(name, kind, audience, date, at(date, rules.sendAt()));
    }

    /** Steps in order; of two on the same day, the later one (closer to or further past the deadline) stays. */
    private static List<Step> oneADay(List<Step> steps) {
        Map<LocalDate, Step> byDay = new LinkedHashMap<>();
        for (Step s : steps) {
            byDay.put(s.date(), s);
        }
        return List.copyOf(byDay.values());
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(VietnamTime.ZONE).toInstant();
    }
}
