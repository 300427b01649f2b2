package vn.thiduaso.report.domain.consolidation;

/** What a section of the consolidated report is: the text of one content item, or a free section. */
public enum SectionKind {
    /** Tình hình chung: the general summary (the units' summaries). */
    SUMMARY,
    /** Kết quả thực hiện one emulation content of the plan. */
    CONTENT,
    /** Khó khăn, vướng mắc. */
    DIFFICULTIES,
    /** Kiến nghị, đề xuất. */
    PROPOSALS
}
