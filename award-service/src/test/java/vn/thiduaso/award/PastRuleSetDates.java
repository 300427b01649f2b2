package vn.thiduaso.award;

import java.time.LocalDate;

import vn.thiduaso.platform.test.TestDatabase;

/**
 * Effective dates for the tests' own rule sets: unique (effective_from is unique) and long past, so none of them
 * is the rule set in force on the dates the tests use (the seeded sets start in 2024). Each is the day after the
 * latest one already in the test database between 1900 and 1990, so runs on the same database never collide
 * (random dates did, more often with every run). RuleSetResourceTest asks about 1850 for "none in force".
 */
public final class PastRuleSetDates {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate END = LocalDate.of(1990, 1, 1);

    /** The next free date; call it in the transaction (or just before the statement) that inserts the rule set. */
    public static synchronized LocalDate next() {
        String latest = TestDatabase.text(AwardServiceTestEnvironment.DATABASE,
                "select coalesce(max(effective_from)::text, '') from award_rule_set where effective_from >= date '" + FIRST
                        + "' and effective_from < date '" + END + "'");
        LocalDate next = latest == null || latest.isEmpty() ? FIRST : LocalDate.parse(latest).plusDays(1);
        if (!next.isBefore(END)) {
            throw new IllegalStateException("The test database has a rule set on every day from " + FIRST + " to " + END
                    + ": drop it (" + AwardServiceTestEnvironment.DATABASE + ")");
        }
        return next;
    }

    private PastRuleSetDates() {
    }
}
