package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.DirectoryUnit;

/** The unit read model. */
@ApplicationScoped
public class DirectoryUnitRepository implements PanacheRepositoryBase<DirectoryUnit, UUID> {
}
