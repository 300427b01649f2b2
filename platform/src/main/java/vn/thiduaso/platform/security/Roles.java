package vn.thiduaso.platform.security;

/** JWT groups (DESIGN.md §2). */
public final class Roles {

    public static final String ADMIN = "admin";
    /** Lead office of a commune (Phòng Văn hóa - Xã hội). */
    public static final String OFFICE = "office";
    /** Commune chairman or vice-chairman. */
    public static final String LEADER = "leader";
    /** Member of the commune Emulation-Reward Council (Hội đồng Thi đua - Khen thưởng). */
    public static final String COUNCIL = "council";
    /** Focal officer of one unit. */
    public static final String UNIT = "unit";
    /** City/province Emulation-Reward Board (Ban Thi đua - Khen thưởng), people or a system. */
    public static final String BOARD = "board";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, BOARD);

    private Roles() {
    }
}
