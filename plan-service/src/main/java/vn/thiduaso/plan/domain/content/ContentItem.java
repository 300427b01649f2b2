package vn.thiduaso.plan.domain.content;

import java.util.List;
import java.util.UUID;

/** Nội dung thi đua: a numbered item ("1", "a", "2.1") with a title and body; sub-items allowed. */
public record ContentItem(UUID id, String number, String title, String body, List<ContentItem> children) {
}
