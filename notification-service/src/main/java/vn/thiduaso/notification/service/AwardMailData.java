package vn.thiduaso.notification.service;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import vn.thiduaso.platform.time.VietnamTime;

/**
 * The template variables of the award mails (templates/mail/award-*): every one of them always has a
 * value, so that a template never meets a missing one (Qute renders strictly).
 */
final class AwardMailData {

    private AwardMailData() {
    }

    /** Fills the award variables a deadline mail does not set. */
    static void defaults(Map<String, Object> data) {
        for (String key : new String[] { "nomineeName", "nomineeKind", "formName", "roundTitle", "unitName",
                "recipientUnitName", "submittedBy", "submittedAt", "startsOn", "endsOn", "decisionNumber", "decisionDate",
                "decidingAuthority", "cashAmount", "note", "decisionRef", "title", "dueDate", "lastDay", "dueTime",
                "reason", "link" }) {
            data.putIfAbsent(key, "");
        }
        for (String key : new String[] { "agree", "disagree", "abstain", "recused", "totalMembers" }) {
            data.putIfAbsent(key, 0);
        }
        for (String key : new String[] { "eligibilityPassed", "overridden", "passed", "forOffice", "manual",
                "reopened" }) {
            data.putIfAbsent(key, false);
        }
        data.putIfAbsent("daysLeft", 0L);
        data.putIfAbsent("daysOverdue", 0L);
        data.putIfAbsent("requestedBy", "");
        data.putIfAbsent("source", "AWARD_NOMINATION");
    }

    /** The variables of one step mail (no deadline). */
    static Map<String, Object> step(String link) {
        Map<String, Object> data = new HashMap<>();
        data.put("link", link);
        defaults(data);
        return data;
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static String date(LocalDate d) {
        return d == null ? "" : VietnamTime.DATE.format(d);
    }

    /** "1 404 000 đồng" (Vietnamese grouping with dots: 1.404.000). */
    static String vnd(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đồng";
    }

    /** The Vietnamese name of a nominee kind (the English is in the templates). */
    static String kindVi(String kind) {
        return kind == null ? "" : switch (kind) {
            case "INDIVIDUAL" -> "Cá nhân";
            case "COLLECTIVE" -> "Tập thể";
            case "HOUSEHOLD" -> "Hộ gia đình";
            case "INITIATIVE" -> "Sáng kiến";
            default -> kind;
        };
    }
}
