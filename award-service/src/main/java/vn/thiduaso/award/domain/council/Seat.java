package vn.thiduaso.award.domain.council;

/** A member's seat in the council: Chủ tịch Hội đồng, Thư ký, Ủy viên. */
public enum Seat {
    CHAIR("Chủ tịch Hội đồng"),
    SECRETARY("Thư ký Hội đồng"),
    MEMBER("Ủy viên");

    private final String title;

    Seat(String title) {
        this.title = title;
    }

    /** The seat as the minutes print it. */
    public String title() {
        return title;
    }
}
