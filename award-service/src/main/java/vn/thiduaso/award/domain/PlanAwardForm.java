package vn.thiduaso.award.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An award form the plan offers (mục "Hình thức khen thưởng"): its catalogue code, when and to whom. */
@Embeddable
public class PlanAwardForm {

    @Column(nullable = false)
    public String code;

    /** Comma-separated: ANNUAL, PRELIMINARY_REVIEW, FINAL_REVIEW, AD_HOC. */
    @Column(nullable = false)
    public String occasions;

    /** Comma-separated target groups, e.g. OFFICES_AND_UNITS, INDIVIDUALS. */
    @Column(name = "recipient_groups", nullable = false)
    public String recipientGroups;

    public PlanAwardForm() {
    }

    public PlanAwardForm(String code, List<String> occasions, List<String> recipientGroups) {
        this.code = code;
        this.occasions = String.join(",", occasions);
        this.recipientGroups = String.join(",", recipientGroups);
    }

    public List<String> occasionList() {
        return split(occasions);
    }

    public List<String> recipientGroupList() {
        return split(recipientGroups);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }
}
