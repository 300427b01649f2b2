package vn.thiduaso.report.domain;

import java.util.List;

/** A form of award the plan offers ({@code code} from award-service's catalogue), for proposed awards. */
public record PlanAwardForm(String code, List<String> recipientGroups, List<String> occasions) {
}
