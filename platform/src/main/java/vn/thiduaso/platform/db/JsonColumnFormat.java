package vn.thiduaso.platform.db;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * How every service's jsonb columns (a plan version's parts, a movement's phases, the plan structure
 * report-service keeps, a year's working calendar) are written: a mapper of their own, independent of
 * the REST one, with ISO dates and tolerance of fields added later. One per persistence unit, found by
 * CDI in the platform library (a service must not declare a second one).
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonColumnFormat implements FormatMapper {

    private final FormatMapper delegate = new JacksonJsonFormatMapper(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @Override
    public <T> T fromString(CharSequence charSequence, org.hibernate.type.descriptor.java.JavaType<T> javaType,
            org.hibernate.type.descriptor.WrapperOptions wrapperOptions) {
        return delegate.fromString(charSequence, javaType, wrapperOptions);
    }

    @Override
    public <T> String toString(T value, org.hibernate.type.descriptor.java.JavaType<T> javaType,
            org.hibernate.type.descriptor.WrapperOptions wrapperOptions) {
        return delegate.toString(value, javaType, wrapperOptions);
    }
}
