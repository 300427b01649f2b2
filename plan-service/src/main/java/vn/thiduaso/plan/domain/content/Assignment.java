package vn.thiduaso.plan.domain.content;

import java.util.List;
import java.util.UUID;

/** Tổ chức thực hiện: what one unit does, as ordered tasks. */
public record Assignment(UUID id, UUID unitId, Role role, List<String> tasks) {

    public enum Role {
        /** Chủ trì. */
        LEAD,
        /** Phối hợp. */
        COOPERATE,
        /** Thực hiện. */
        IMPLEMENT
    }
}
