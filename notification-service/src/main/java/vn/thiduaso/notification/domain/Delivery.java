package vn.thiduaso.notification.domain;

/** How a user receives notifications by e-mail; the in-app inbox gets every one whatever the choice. */
public enum Delivery {
    /** Một thư cho mỗi thông báo. */
    EACH,
    /** Một thư tổng hợp mỗi ngày (lúc giờ nhắc hạn). */
    DIGEST,
    /** Không nhận thư (chỉ hộp thư trong ứng dụng). */
    OFF
}
