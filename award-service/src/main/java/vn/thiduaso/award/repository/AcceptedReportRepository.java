package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AcceptedReport;

/** The accepted-report read model. */
@ApplicationScoped
public class AcceptedReportRepository implements PanacheRepositoryBase<AcceptedReport, UUID> {
}
