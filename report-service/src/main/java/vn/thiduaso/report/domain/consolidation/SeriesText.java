package vn.thiduaso.report.domain.consolidation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Sơ kết / tổng kết: the commune's text of one content item in one year the review covers. */
@Embeddable
public class SeriesText {

    @Column(name = "content_id", nullable = false)
    public UUID contentId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    protected SeriesText() {
    }

    public SeriesText(UUID contentId, int year, String text) {
        this.contentId = contentId;
        this.year = year;
        this.text = text;
    }
}
