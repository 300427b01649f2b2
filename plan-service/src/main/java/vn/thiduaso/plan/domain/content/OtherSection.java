package vn.thiduaso.plan.domain.content;

import java.util.List;
import java.util.UUID;

/** A part no typed part holds (e.g. "Kinh phí thực hiện"): a heading and ordered paragraphs. */
public record OtherSection(UUID id, String heading, List<String> paragraphs) {
}
