package vn.thiduaso.plan.domain.content;

import java.util.List;
import java.util.UUID;

/**
 * Tổ chức thực hiện: what one unit, or one group of units, does, as ordered tasks. A group ("Các thôn",
 * "Các doanh nghiệp") is written as its own words ({@code heading}) and/or the unit kinds it stands for
 * ({@code unitKinds}, as in {@code Obligation.Reporters}); {@code unitId} is then optional. At least one of
 * {@code unitId}, {@code unitKinds}, {@code heading} is given; the heading, when given, is what the
 * document prints. {@code requested}: the commune does not command the unit (Mặt trận Tổ quốc, the Party
 * committee's boards), so the document asks it: "Đề nghị &lt;unit&gt; …"; absent means false.
 */
public record Assignment(UUID id, UUID unitId, String heading, List<String> unitKinds, Role role, Boolean requested,
        List<String> tasks) {

    public enum Role {
        /** Chủ trì. */
        LEAD,
        /** Phối hợp. */
        COOPERATE,
        /** Thực hiện. */
        IMPLEMENT
    }
}
