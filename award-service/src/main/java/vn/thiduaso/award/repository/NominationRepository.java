package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.Nomination;

/** Dossiers; queries are added by the use cases that need them. */
@ApplicationScoped
public class NominationRepository implements PanacheRepositoryBase<Nomination, UUID> {
}
