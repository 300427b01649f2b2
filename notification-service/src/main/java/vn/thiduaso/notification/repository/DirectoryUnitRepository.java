package vn.thiduaso.notification.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.notification.domain.DirectoryUnit;

@ApplicationScoped
public class DirectoryUnitRepository implements PanacheRepositoryBase<DirectoryUnit, UUID> {
}
