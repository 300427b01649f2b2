package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.NominationLog;

/** The processing log of dossiers. */
@ApplicationScoped
public class NominationLogRepository implements PanacheRepositoryBase<NominationLog, UUID> {

    /** A dossier's log, oldest first. */
    public List<NominationLog> ofNomination(UUID nominationId) {
        return list("nominationId", Sort.by("at").and("id"), nominationId);
    }
}
