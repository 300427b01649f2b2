package vn.thiduaso.report.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Đề xuất khen thưởng ({@code report_proposed_award}): a form the plan offers and whom the unit proposes. */
@Embeddable
public class ProposedAward {

    @Column(nullable = false)
    public UUID id;

    @Column(name = "award_form_code", nullable = false)
    public String awardFormCode;

    @Column(nullable = false)
    public String nominee;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    protected ProposedAward() {
    }

    public ProposedAward(String awardFormCode, String nominee, String reason) {
        this.id = UUID.randomUUID();
        this.awardFormCode = awardFormCode;
        this.nominee = nominee;
        this.reason = reason;
    }
}
