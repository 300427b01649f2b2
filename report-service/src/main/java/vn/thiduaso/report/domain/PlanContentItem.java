package vn.thiduaso.report.domain;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Nội dung thi đua of the issued plan (no body): the report has one narrative section per item. */
public record PlanContentItem(UUID id, String number, String title, List<PlanContentItem> children) {

    public List<PlanContentItem> childrenOrEmpty() {
        return children == null ? List.of() : children;
    }

    /** This item and every item below it, in tree order. */
    public Stream<PlanContentItem> flatten() {
        return Stream.concat(Stream.of(this), childrenOrEmpty().stream().flatMap(PlanContentItem::flatten));
    }
}
