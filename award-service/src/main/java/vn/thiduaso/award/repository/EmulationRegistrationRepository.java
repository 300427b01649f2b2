package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.EmulationRegistration;

/** Đăng ký thi đua. */
@ApplicationScoped
public class EmulationRegistrationRepository implements PanacheRepositoryBase<EmulationRegistration, UUID> {
}
