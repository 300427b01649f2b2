package vn.thiduaso.plan.domain.content;

/** The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A". */
public record Signer(String authority, String capacity, String title, String fullName) {
}
