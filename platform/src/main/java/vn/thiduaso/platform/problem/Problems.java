package vn.thiduaso.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses with the fixed type URIs and Vietnamese titles. */
public final class Problems {

    public static Response of(int status, String detail, String instance) {
        return of(status, detail, instance, null);
    }

    public static Response of(int status, String detail, String instance, List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug(status), title(status), status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** 409 for a write with a stale optimistic-lock version, naming the current one. */
    public static Response staleVersion(String detail, String instance, long currentVersion) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug(409), title(409), 409, detail, instance, null,
                currentVersion);
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** 429 with {@code Retry-After} in whole seconds (the rate limits). */
    public static Response tooManyRequests(String detail, String instance, long retryAfterSeconds) {
        return Response.fromResponse(of(429, detail, instance))
                .header("Retry-After", String.valueOf(Math.max(1, retryAfterSeconds))).build();
    }

    static String slug(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";

            case 422 -> "unprocessable";
            case 500 -> "internal";
            default -> "http-" + status;
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Dữ liệu không hợp lệ";
            case 401 -> "Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn";
            case 403 -> "Không có quyền thực hiện thao tác này";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 409 -> "Xung đột dữ liệu";
            case 413 -> "Dữ liệu gửi lên quá lớn";
            case 415 -> "Kiểu dữ liệu không được hỗ trợ";
            case 429 -> "Gửi quá nhiều yêu cầu, vui lòng thử lại sau";

            case 422 -> "Không đáp ứng điều kiện";
            case 500 -> "Lỗi hệ thống";
            default -> "Lỗi " + status;
        };
    }

    private Problems() {
    }
}
