package vn.thiduaso.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the only error body any service returns. {@code errors} lists the
 * offending fields of a validation failure so that a form can show each message beside its field;
 * {@code currentVersion} tells a client holding a stale version which version is current (409).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Long currentVersion) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://thiduaso.vn/problems/";

    public record FieldError(String field, String message) {
    }
}
