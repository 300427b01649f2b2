package vn.thiduaso.plan.service.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.thiduaso.plan.domain.content.PlanContent;

/**
 * What the renderer needs to print one plan version as an official document (Nghị định 30/2020/NĐ-CP):
 * the plan's parts plus the names the parts only refer to by id.
 *
 * @param parentAuthority the issuing body's superior, e.g. "UBND THÀNH PHỐ HẢI PHÒNG" (may be null)
 * @param issuingBody     e.g. "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN"
 * @param number          "150/KH-UBND", or null for a draft (then "DỰ THẢO" and blank date)
 * @param place           "Kiến An" for "Kiến An, ngày 05 tháng 11 năm 2025"; null takes {@code content.place()}
 * @param issueDate       the issue date, or null for a draft
 * @param title           the plan's title ("Kế hoạch phát động …"); printed under "KẾ HOẠCH" without the leading "Kế hoạch"
 * @param summary         the opening paragraph after the legal bases (may be null)
 * @param content         the parts
 * @param unitNames       unit id → unit name, for assignments, obligations and listed reporters
 * @param movementNames   the movements' names (used for the title when it is blank)
 * @param awardFormNames  award-form catalogue code → name ("Giấy khen của Chủ tịch UBND xã"); a missing code prints as is
 */
public record PlanDocument(String parentAuthority, String issuingBody, String number, String place, LocalDate issueDate,
        String title, String summary, PlanContent content, Map<UUID, String> unitNames, List<String> movementNames,
        Map<String, String> awardFormNames) {

    public PlanDocument {
        content = content == null ? PlanContent.empty() : content;
        unitNames = unitNames == null ? Map.of() : unitNames;
        movementNames = movementNames == null ? List.of() : movementNames;
        awardFormNames = awardFormNames == null ? Map.of() : awardFormNames;
    }

    /** A draft has no number yet. */
    public boolean draft() {
        return number == null || number.isBlank();
    }
}
