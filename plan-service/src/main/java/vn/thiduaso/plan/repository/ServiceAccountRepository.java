package vn.thiduaso.plan.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.plan.domain.ServiceAccount;

/** Service accounts (client-credentials sign-in of integrating systems). */
@ApplicationScoped
public class ServiceAccountRepository implements PanacheRepositoryBase<ServiceAccount, UUID> {

    public Optional<ServiceAccount> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }
}
