package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.NominationLog;

/** The processing log of dossiers. */
@ApplicationScoped
public class NominationLogRepository implements PanacheRepositoryBase<NominationLog, UUID> {
}
