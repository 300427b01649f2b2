package vn.thiduaso.award.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who is nominated, as the sender entered it; which fields matter depends on the {@link NomineeKind}:
 * an individual has a full name, date of birth, position and unit; a collective is a unit; a
 * household has its head and address; an initiative has its title, recognising body, date and authors.
 */
public record Nominee(
        String fullName,
        LocalDate dateOfBirth,
        String gender,
        String position,
        UUID unitId,
        String unitName,
        String householdHead,
        String address,
        String initiativeTitle,
        String recognisingBody,
        LocalDate recognisedOn,
        String authors) {
}
