package vn.thiduaso.award.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A {@code List<UUID>} field stored in a PostgreSQL {@code uuid[]} column ({@code AwardRound.nominatorUnitIds},
 * {@code AwardCluster.memberUnitIds}). Hibernate resolves a type per Java type: with {@code Nomination.reportIds}
 * (a {@code List<UUID>} as jsonb) in the same model, a plain {@code @JdbcTypeCode(ARRAY)} {@code List<UUID>} could
 * come out as JSON depending on the order the entities are bound (schema validation then fails, or the app does
 * not start); converting to {@code UUID[]} keeps the array mapping unambiguous. The one way the model handles
 * it: every {@code uuid[]} list uses this converter, JSON lists stay {@code List<UUID>}.
 */
@Converter
public class UuidListArrayConverter implements AttributeConverter<List<UUID>, UUID[]> {

    @Override
    public UUID[] convertToDatabaseColumn(List<UUID> ids) {
        return ids == null ? null : ids.toArray(new UUID[0]);
    }

    @Override
    public List<UUID> convertToEntityAttribute(UUID[] ids) {
        return ids == null ? null : new ArrayList<>(Arrays.asList(ids));
    }
}
