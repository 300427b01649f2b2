package vn.thiduaso.plan.domain.content;

import java.time.LocalDate;
import java.util.UUID;

/** Căn cứ / Thực hiện: a document the plan rests on, optionally a plan that exists in the system. */
public record LegalBasis(UUID id, Relation relation, DocumentKind documentKind, String number, LocalDate date,
        String issuer, String title, UUID parentPlanId) {

    public enum Relation {
        /** "Căn cứ …" */
        BASIS,
        /** "Thực hiện …" */
        IMPLEMENTS
    }

    public enum DocumentKind {
        LAW, DECREE, DECISION, DIRECTIVE, RESOLUTION, PLAN, OFFICIAL_LETTER, CIRCULAR, GUIDANCE, OTHER
    }
}
