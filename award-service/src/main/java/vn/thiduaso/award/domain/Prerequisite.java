package vn.thiduaso.award.domain;

/**
 * A condition a nominee must already meet:
 * {@code CONSECUTIVE_YEARS} ({@code formCode} awarded in each of the {@code years} years before the round's year),
 * {@code REGISTERED} (the nominee's unit registered the form for the round's year, đăng ký thi đua),
 * {@code CLUSTER_RANK_AT_MOST} (the nominee's unit ranked at most {@code rank} in its cluster's year-end scores).
 */
public record Prerequisite(String kind, String formCode, Integer years, Integer rank) {

    public static final String CONSECUTIVE_YEARS = "CONSECUTIVE_YEARS";
    public static final String REGISTERED = "REGISTERED";
    public static final String CLUSTER_RANK_AT_MOST = "CLUSTER_RANK_AT_MOST";
}
