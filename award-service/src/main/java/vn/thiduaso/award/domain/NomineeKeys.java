package vn.thiduaso.award.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity of a nominee across rounds, units and imported history, for the double-award detector
 * and the award history: the kind with the unaccented, lower-case, single-spaced name, plus the birth
 * date (individual), the unit (collective) or the address (household). "Nguyễn Văn  An" and
 * "nguyen van an" born the same day are the same person.
 */
public final class NomineeKeys {

    private NomineeKeys() {
    }

    public static String of(NomineeKind kind, Nominee n) {
        return switch (kind) {
            case INDIVIDUAL -> "INDIVIDUAL|" + fold(n.fullName()) + "|" + (n.dateOfBirth() == null ? "" : n.dateOfBirth());
            case COLLECTIVE -> "COLLECTIVE|" + (n.unitId() != null ? n.unitId().toString() : fold(n.unitName()));
            case HOUSEHOLD -> "HOUSEHOLD|" + fold(n.householdHead()) + "|" + fold(n.address());
            case INITIATIVE -> "INITIATIVE|" + fold(n.initiativeTitle()) + "|" + fold(n.recognisingBody());
        };
    }

    /** The name a list shows for the nominee. */
    public static String displayName(NomineeKind kind, Nominee n) {
        String name = switch (kind) {
            case INDIVIDUAL -> n.fullName();
            case COLLECTIVE -> n.unitName();
            case HOUSEHOLD -> n.householdHead() == null ? null : "Hộ gia đình " + n.householdHead();
            case INITIATIVE -> n.initiativeTitle();
        };
        return name == null ? "" : name.trim();
    }

    /** Unaccented, lower case, single spaces: "Đỗ  Thị Hằng" → "do thi hang". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
