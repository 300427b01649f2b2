package vn.thiduaso.plan.domain.content;

import java.util.List;
import java.util.UUID;

/** Tiêu chí thi đua for one target group ("Đối với các cơ quan, đơn vị thuộc xã"), in order. */
public record CriteriaGroup(UUID id, TargetGroup targetGroup, String title, List<String> criteria) {
}
