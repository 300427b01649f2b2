package vn.thiduaso.platform.problem;

/** A write carried an optimistic-lock version that is no longer current: 409 with {@code currentVersion}. */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("Dữ liệu đã được thay đổi (phiên bản hiện tại " + currentVersion + "); hãy tải lại rồi thử lại");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
