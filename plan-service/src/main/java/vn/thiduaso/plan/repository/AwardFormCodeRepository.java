package vn.thiduaso.plan.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.plan.domain.AwardFormCode;

@ApplicationScoped
public class AwardFormCodeRepository implements PanacheRepositoryBase<AwardFormCode, String> {

    public boolean activeCode(String code) {
        return count("code = ?1 and active = true", code) > 0;
    }
}
