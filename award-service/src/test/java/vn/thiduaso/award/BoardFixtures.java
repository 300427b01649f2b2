package vn.thiduaso.award;

import java.time.LocalDate;
import java.util.UUID;

import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.platform.test.TestDatabase;

/**
 * Rows the forwarding and board tests need that other use cases make (rule sets, rounds, posted
 * nominations, postings, attachments), inserted directly: each test builds its own commune.
 */
public final class BoardFixtures {

    public static final String HIGHER_FORM = "bang-khen-chu-tich-ubnd-tinh";
    public static final String COMMUNE_FORM = "giay-khen-chu-tich-ubnd-xa";

    /** A commune with its directory rows, a rule set (unique date) and an open round. */
    public record World(Commune c, UUID ruleSetId, UUID roundId) {
    }

    public static World world() {
        Commune c = Communes.create();
        sql("insert into directory_unit (id, code, name, kind, path, parent_id, active, updated_at) values ('%s', 'tp-%s', '%s',"
                + " 'CITY', '%s', null, true, now())", c.city().id(), c.key(), c.city().name(), c.city().path());
        sql("insert into directory_unit (id, code, name, kind, path, parent_id, active, updated_at) values ('%s', 'xa-%s', '%s',"
                + " 'COMMUNE', '%s', '%s', true, now())", c.commune().id(), c.key(), c.commune().name(), c.commune().path(),
                c.city().id());
        UUID ruleSet = UUID.randomUUID();
        // a unique effective date far in the past: the seeded rule sets are not disturbed
        LocalDate effective = PastRuleSetDates.next();
        sql("insert into award_rule_set (id, code, name, effective_from, created_at, created_by) values ('%s', 'TEST-%s',"
                + " 'Bộ quy định thử', '%s', now(), 'test')", ruleSet, c.key(), effective);
        sql("insert into award_rule (id, rule_set_id, form_code, deciding_authority, recipient_kinds, vote_threshold_percent,"
                + " posting_working_days, cash_coefficients) values ('%s', '%s', '%s', 'PROVINCE_CHAIRMAN',"
                + " '[\"INDIVIDUAL\",\"COLLECTIVE\"]', 50, 5, '{\"INDIVIDUAL\": 1.0, \"COLLECTIVE\": 2.0}')",
                UUID.randomUUID(), ruleSet, HIGHER_FORM);
        sql("insert into award_rule (id, rule_set_id, form_code, deciding_authority, recipient_kinds, vote_threshold_percent,"
                + " posting_working_days, cash_coefficients) values ('%s', '%s', '%s', 'COMMUNE_CHAIRMAN', '[\"INDIVIDUAL\"]',"
                + " 50, 5, '{\"INDIVIDUAL\": 0.3}')", UUID.randomUUID(), ruleSet, COMMUNE_FORM);
        sql("insert into base_salary (effective_from, amount_vnd) values ('2024-07-01', 2340000) on conflict do nothing");
        UUID round = UUID.randomUUID();
        sql("insert into award_round (id, commune_id, commune_path, commune_name, occasion, method, year, title,"
                + " nomination_deadline, status, created_at, created_by, updated_at) values ('%s', '%s', '%s', '%s', 'ANNUAL',"
                + " 'REGULAR', 2025, 'Khen thưởng năm 2025', now() - interval '30 days', 'OPEN', now(), 'test', now())",
                round, c.commune().id(), c.commune().path(), c.commune().name());
        return new World(c, ruleSet, round);
    }

    /** A POSTED individual nomination of the village, on a posting whose window ended {@code endedDaysAgo} ago. */
    public static UUID postedNomination(World w, String form, String name, int endedDaysAgo) {
        UUID id = UUID.randomUUID();
        Commune c = w.c();
        sql("insert into nomination (id, round_id, form_code, rule_set_id, rule_set_code, nominating_unit_id,"
                + " nominating_unit_path, nominating_unit_name, commune_path, nominee_kind, nominee_name, nominee_key, nominee,"
                + " achievements, status, created_at, created_by, updated_at) values ('%s', '%s', '%s', '%s', 'TEST', '%s', '%s',"
                + " '%s', '%s', 'INDIVIDUAL', '%s', 'INDIVIDUAL|%s', '{\"fullName\": \"%s\", \"dateOfBirth\": \"1985-04-12\","
                + " \"position\": \"Tổ trưởng\"}', 'Hoàn thành xuất sắc nhiệm vụ hai năm liền', 'POSTED', now(), 'test', now())",
                id, w.roundId(), form, w.ruleSetId(), c.village().id(), c.village().path(), c.village().name(),
                c.commune().path(), name, id, name);
        UUID posting = UUID.randomUUID();
        sql("insert into public_posting (id, round_id, commune_id, commune_path, commune_name, title, posted_at, posted_by,"
                + " starts_on, ends_on, working_days) values ('%s', '%s', '%s', '%s', '%s', 'Công khai', now(), 'test',"
                + " current_date - %d, current_date - %d, 5)", posting, w.roundId(), c.commune().id(), c.commune().path(),
                c.commune().name(), endedDaysAgo + 7, endedDaysAgo);
        sql("insert into public_posting_item (posting_id, nomination_id, position) values ('%s', '%s', 0)", posting, id);
        return id;
    }

    /** A stored attachment of {@code bytes} (one chunk). */
    public static UUID attachment(UUID nominationId, String fileName, byte[] bytes) {
        UUID id = UUID.randomUUID();
        sql("insert into nomination_attachment (id, nomination_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by,"
                + " uploaded_at) values ('%s', '%s', 'SUBMISSION_LETTER', '%s', 'application/pdf', %d, '%s', 'test', now())",
                id, nominationId, fileName, bytes.length, "0".repeat(64));
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x", b));
        }
        sql("insert into nomination_attachment_chunk (attachment_id, seq, data) values ('%s', 0, decode('%s', 'hex'))", id, hex);
        return id;
    }

    public static void sql(String format, Object... args) {
        TestDatabase.execute(AwardServiceTestEnvironment.DATABASE, args.length == 0 ? format : String.format(format, args));
    }

    public static long count(String format, Object... args) {
        return TestDatabase.count(AwardServiceTestEnvironment.DATABASE, String.format(format, args));
    }

    public static String text(String format, Object... args) {
        return TestDatabase.text(AwardServiceTestEnvironment.DATABASE, String.format(format, args));
    }

    private BoardFixtures() {
    }
}
