package vn.thiduaso.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS answers a query parameter that does not convert ({@code ?page=abc}) with 404. A client
 * deserves a 400 that names the parameter, like any other invalid field.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if ((rawType == Integer.class || rawType == int.class) && "page".equals(name)) {
            // page × size must stay far from int overflow (it was a 500 on every list at page=2147483647)
            return (ParamConverter<T>) converter(name, QueryParamConverters::page, "Số trang là số nguyên từ 0 đến " + MAX_PAGE);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "Cần một số nguyên");
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) noNul(name);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, "Cần một số nguyên");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "Cần một mã định danh (UUID)");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, value -> inRange(LocalDate.parse(value)), "Cần một ngày dạng yyyy-MM-dd");
        }
        if (rawType == java.time.Instant.class) {
            return (ParamConverter<T>) converter(name, QueryParamConverters::instant,
                    "Cần một thời điểm ISO-8601 (2026-12-01T00:00:00Z) hoặc một ngày yyyy-MM-dd");
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, QueryParamConverters::bool, "Giá trị hợp lệ: true, false");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String allowed = String.join(", ", Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList());
            return (ParamConverter<T>) converter(name, v -> Enum.valueOf(enumType, v), "Giá trị hợp lệ: " + allowed);
        }
        return null;
    }

    /** The highest page number a list takes: with at most 100 items a page, an offset of 10 million. */
    public static final int MAX_PAGE = 100_000;

    private static Integer page(String value) {
        int page = Integer.parseInt(value);
        if (page > MAX_PAGE) {
            throw new IllegalArgumentException(value);
        }
        return page;
    }

    /** A text parameter as sent, refused when it holds a NUL character (PostgreSQL cannot compare with it). */
    private static ParamConverter<String> noNul(String name) {
        return new ParamConverter<>() {
            @Override
            public String fromString(String value) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw new WebApplicationException(Problems.of(400, "Tham số truy vấn không hợp lệ", null,
                            List.of(new Problem.FieldError(name, "Không được chứa ký tự NUL (U+0000)"))));
                }
                return value;
            }

            @Override
            public String toString(String value) {
                return value;
            }
        };
    }

    /** A date alone means its start in Vietnam time. */
    private static java.time.Instant instant(String value) {
        if (value.length() == 10) {
            return inRange(LocalDate.parse(value)).atStartOfDay(vn.thiduaso.platform.time.VietnamTime.ZONE).toInstant();
        }
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(value);
        inRange(at.toLocalDate());
        return at.toInstant();
    }

    /**
     * Years 1–9999 only: java.time takes ±999999999, PostgreSQL's timestamp does not, and a
     * query with year 999999999 failed in the database as a 500 (found by the fuzzer on /api/v1/audit).
     */
    private static LocalDate inRange(LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        return date;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new WebApplicationException(Problems.of(400, "Tham số truy vấn không hợp lệ", null,
                            List.of(new Problem.FieldError(name, message))));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
