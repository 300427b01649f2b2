package vn.thiduaso.award.domain;

/** Who a nomination is for: the recipient kinds of {@link RecipientKind} plus a sáng kiến (initiative). */
public enum NomineeKind {
    /** Cá nhân: full name, date of birth, position, unit. */
    INDIVIDUAL,
    /** Tập thể: a unit of the directory. */
    COLLECTIVE,
    /** Hộ gia đình: the head of the household and the address. */
    HOUSEHOLD,
    /** Sáng kiến: its title, the body that recognised it and the date, with its authors. */
    INITIATIVE
}
