package vn.thiduaso.award.service;

import java.util.List;

import vn.thiduaso.award.domain.AcceptedReport;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAttachment;

/** A dossier with what its view shows beside it: the round, the form's name, cited reports, attachments. */
public record NominationDossier(Nomination nomination, AwardRound round, String formName,
        List<AcceptedReport> reports, List<NominationAttachment> attachments) {
}
