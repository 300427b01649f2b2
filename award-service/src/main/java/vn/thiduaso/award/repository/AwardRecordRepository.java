package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardRecord;

/** The award history. */
@ApplicationScoped
public class AwardRecordRepository implements PanacheRepositoryBase<AwardRecord, UUID> {
}
