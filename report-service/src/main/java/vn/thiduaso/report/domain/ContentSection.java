package vn.thiduaso.report.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Phần thuyết minh of one emulation content of the plan ({@code report_content_section}). */
@Embeddable
public class ContentSection {

    @Column(name = "content_id", nullable = false)
    public UUID contentId;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    protected ContentSection() {
    }

    public ContentSection(UUID contentId, String text) {
        this.contentId = contentId;
        this.text = text;
    }
}
