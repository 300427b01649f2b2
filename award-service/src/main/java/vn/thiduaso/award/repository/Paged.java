package vn.thiduaso.award.repository;

import java.util.List;

/** One page of a native query's rows and the total number of matching rows. */
public record Paged<T>(List<T> items, long total) {
}
