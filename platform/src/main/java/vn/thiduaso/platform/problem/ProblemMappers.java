package vn.thiduaso.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import vn.thiduaso.platform.json.StrictJson;

/**
 * Every failure becomes problem+json (RFC 9457), with the offending fields for 400, and never a
 * stack trace. Priority above the built-in mappers of quarkus-rest and hibernate-validator.
 */
public class ProblemMappers {

    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return Problems.of(400, "Một hoặc nhiều trường không hợp lệ", path(uri), errors);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return Problems.of(400, "Một hoặc nhiều trường không hợp lệ", path(uri), e.errors());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message = jsonMessage(e, field);
        return Problems.of(400, "Nội dung yêu cầu không hợp lệ", path(uri),
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    private Response unauthenticated(UriInfo uri) {
        Response r = Problems.of(401, "Cần đăng nhập với một mã truy cập hợp lệ", path(uri));
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Vai trò hoặc đơn vị của bạn không được thực hiện thao tác này"
                : e.getMessage();
        return Problems.of(403, detail, path(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(vn.thiduaso.platform.problem.ForbiddenException e, UriInfo uri) {
        return e.errors().isEmpty() ? Problems.of(403, e.getMessage(), path(uri)) : Problems.of(403, e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problems.of(404, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response stale(StaleVersionException e, UriInfo uri) {
        return Problems.staleVersion(e.getMessage(), path(uri), e.currentVersion());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response conflict(ConflictException e, UriInfo uri) {
        return e.errors().isEmpty() ? Problems.of(409, e.getMessage(), path(uri))
                : Problems.of(409, e.getMessage(), path(uri), e.errors());

    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response tooMany(TooManyRequestsException e, UriInfo uri) {
        return Problems.tooManyRequests(e.getMessage(), path(uri), e.retryAfterSeconds());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unprocessable(UnprocessableException e, UriInfo uri) {
        return Problems.of(422, e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response conflict(OptimisticLockException e, UriInfo uri) {
        return Problems.of(409, "Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại", path(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request %s failed", path(uri));
            return Problems.of(status, "Đã có lỗi ở máy chủ; vui lòng thử lại sau", path(uri));
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        // The JSON reader turns a syntax error into a bare 400: say where the document broke.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? null : e.getMessage();
        return Problems.of(status, detail, path(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof OptimisticLockException ole) {
            return conflict(ole, uri);
        }
        if (e.getCause() instanceof OptimisticLockException ole) {
            return conflict(ole, uri);
        }
        if (unreadableForm(e)) {
            return Problems.of(400, "Nội dung yêu cầu không hợp lệ", path(uri), List.of(new Problem.FieldError("body",
                    "Biểu mẫu (form hoặc multipart) không đọc được: sai mã hoá hoặc bị cắt ngang")));
        }
        Log.errorf(e, "Unexpected failure on %s", path(uri));
        return Problems.of(500, "Đã có lỗi ở máy chủ; vui lòng thử lại sau", path(uri));
    }

    /**
     * A form or multipart body the framework's own parser could not read (bad percent-encoding,
     * a multipart body without its closing boundary or with a broken part header): thrown before
     * any resource runs, as a plain IOException, IllegalArgumentException or the parser's
     * MalformedMessageException, so it is recognised by where it was thrown.
     */
    private static boolean unreadableForm(Throwable e) {
        if (!(e instanceof Exception)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return true;
            }
        }
        return false;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** {@code create.request.addressees[0].unitId} → {@code addressees[0].unitId}; a bad query parameter → its name. */
    public static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                field.setLength(0);
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 && parameter != null ? parameter : field.toString();
    }

    /**
     * What went wrong, in Vietnamese, with where (line/column) for a syntax error, never echoing the
     * input: a NUL character, a limit of {@link StrictJson}, data after the document, a wrong type.
     */
    static String jsonMessage(JsonProcessingException e, String field) {
        if (e instanceof StrictJson.NulCharacterException) {
            return "Không được chứa ký tự NUL (U+0000)";
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return "Nội dung JSON vượt giới hạn cho phép (độ sâu tối đa " + StrictJson.MAX_NESTING_DEPTH
                    + " cấp, chuỗi tối đa " + StrictJson.MAX_STRING_LENGTH + " ký tự, tối đa "
                    + vn.thiduaso.platform.json.RequestJson.MAX_TOKEN_COUNT + " phần tử)";
        }
        String where = where(e.getLocation());
        if (e instanceof MismatchedInputException mi && mi.getMessage() != null && mi.getMessage().startsWith("Trailing token")) {
            return "Có dữ liệu thừa sau tài liệu JSON" + where;
        }
        if (!field.isEmpty()) {
            return "Giá trị không đúng kiểu dữ liệu";
        }
        return "Nội dung JSON sai cú pháp" + where;
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
