package vn.thiduaso.plan.domain.content;

import java.util.List;
import java.util.UUID;

/**
 * Nội dung thi đua: a numbered item ("1", "a", "2.1") with a title and body; sub-items allowed. A blank
 * {@code number} is an unnumbered item, printed with a dash (Kiến An writes its contents so).
 */
public record ContentItem(UUID id, String number, String title, String body, List<ContentItem> children) {
}
