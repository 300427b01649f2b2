package vn.thiduaso.award.domain;

/** Who signs the decision for a form under a rule set. Only the commune chairman's forms are decided in the commune. */
public enum DecidingAuthority {
    /** Chủ tịch UBND xã/phường. */
    COMMUNE_CHAIRMAN,
    /** Chủ tịch UBND tỉnh/thành phố. */
    PROVINCE_CHAIRMAN,
    /** Thủ tướng Chính phủ. */
    PRIME_MINISTER,
    /** Chủ tịch nước. */
    PRESIDENT;

    /** The commune decides this form itself; every other authority is reached by forwarding to the board. */
    public boolean communeDecides() {
        return this == COMMUNE_CHAIRMAN;
    }
}
