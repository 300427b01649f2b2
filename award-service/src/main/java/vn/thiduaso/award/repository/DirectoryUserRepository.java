package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.DirectoryUser;

/** The user read model. */
@ApplicationScoped
public class DirectoryUserRepository implements PanacheRepositoryBase<DirectoryUser, UUID> {
}
