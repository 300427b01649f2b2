package vn.thiduaso.award.service;

import java.util.List;
import java.util.UUID;

import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.StandardAnswer;

/** What a sender enters for a dossier (create, autosave, one row of an import). */
public record NominationInput(String formCode, UUID nominatingUnitId, NomineeKind nomineeKind, Nominee nominee,
        String achievements, List<StandardAnswer> standards, List<UUID> reportIds) {

    public NominationInput {
        standards = standards == null ? List.of() : List.copyOf(standards);
        reportIds = reportIds == null ? List.of() : List.copyOf(reportIds);
    }
}
