package vn.thiduaso.award.domain.council;

/** A member's choice on one nomination: tán thành, không tán thành, không biểu quyết. */
public enum BallotChoice {
    AGREE,
    DISAGREE,
    ABSTAIN
}
