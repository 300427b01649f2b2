package vn.thiduaso.report.domain;

import java.util.UUID;

/** A unit as this service knows it at one moment: the directory's view when known, else the event's. */
public record UnitSnapshot(UUID id, String path, String name) {
}
