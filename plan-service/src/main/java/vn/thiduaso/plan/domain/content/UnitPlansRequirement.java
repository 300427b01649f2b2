package vn.thiduaso.plan.domain.content;

import java.time.LocalDate;

/** The plan asks each addressed unit for its own plan (cascade) by a date, or by a month of a year. */
public record UnitPlansRequirement(LocalDate dueDate, Integer dueMonth, Integer dueYear) {
}
