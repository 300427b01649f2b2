package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AcceptedReport;
import vn.thiduaso.award.domain.EligibilityCheck;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAttachment;
import vn.thiduaso.award.domain.NominationLog;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.StandardAnswer;
import vn.thiduaso.award.service.NominationDossier;
import vn.thiduaso.award.service.NominationInput;
import vn.thiduaso.award.service.eligibility.EligibilityService;

/** Request and response records of /api/v1/nominations and the round's import. */
public final class NominationDtos {

    private static final String TEXT = "Tối đa 20000 ký tự";
    private static final String SHORT = "Tối đa 500 ký tự";

    public record NomineeInput(
            @Size(max = 500, message = SHORT) String fullName,
            LocalDate dateOfBirth,
            @Size(max = 20, message = "Tối đa 20 ký tự") String gender,
            @Size(max = 300, message = "Tối đa 300 ký tự") String position,
            UUID unitId,
            @Size(max = 500, message = SHORT) String unitName,
            @Size(max = 300, message = "Tối đa 300 ký tự") String householdHead,
            @Size(max = 500, message = SHORT) String address,
            @Size(max = 500, message = SHORT) String initiativeTitle,
            @Size(max = 500, message = SHORT) String recognisingBody,
            LocalDate recognisedOn,
            @Size(max = 1000, message = "Tối đa 1000 ký tự") String authors) {

        Nominee toNominee() {
            return new Nominee(trim(fullName), dateOfBirth, trim(gender), trim(position), unitId, trim(unitName),
                    trim(householdHead), trim(address), trim(initiativeTitle), trim(recognisingBody), recognisedOn,
                    trim(authors));
        }

        private static String trim(String s) {
            return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
        }
    }

    public record StandardInput(@NotBlank(message = "Cần mã tiêu chuẩn") String code, boolean met,
            @Size(max = 2000, message = "Tối đa 2000 ký tự") String note) {
    }

    public record CreateNominationRequest(
            @NotNull(message = "Cần chọn đợt khen thưởng") UUID roundId,
            @NotBlank(message = "Cần chọn hình thức khen thưởng") String formCode,
            UUID nominatingUnitId,
            @NotNull(message = "Cần chọn loại đối tượng") NomineeKind nomineeKind,
            @NotNull(message = "Cần thông tin đối tượng được đề nghị") @Valid NomineeInput nominee,
            @Size(max = 20000, message = TEXT) String achievements,
            @Size(max = 50, message = "Tối đa 50 tiêu chuẩn") List<@Valid @NotNull StandardInput> standards,
            @Size(max = 50, message = "Tối đa 50 báo cáo") List<@NotNull UUID> reportIds) {

        public NominationInput toInput() {
            return input(formCode, nominatingUnitId, nomineeKind, nominee, achievements, standards, reportIds);
        }
    }

    /** Autosave: the whole editable content with the version it was read at. */
    public record UpdateNominationRequest(
            @NotNull(message = "Cần phiên bản của hồ sơ (version)") Long version,
            @NotBlank(message = "Cần chọn hình thức khen thưởng") String formCode,
            UUID nominatingUnitId,
            @NotNull(message = "Cần chọn loại đối tượng") NomineeKind nomineeKind,
            @NotNull(message = "Cần thông tin đối tượng được đề nghị") @Valid NomineeInput nominee,
            @Size(max = 20000, message = TEXT) String achievements,
            @Size(max = 50, message = "Tối đa 50 tiêu chuẩn") List<@Valid @NotNull StandardInput> standards,
            @Size(max = 50, message = "Tối đa 50 báo cáo") List<@NotNull UUID> reportIds) {

        public NominationInput toInput() {
            return input(formCode, nominatingUnitId, nomineeKind, nominee, achievements, standards, reportIds);
        }
    }

    private static NominationInput input(String formCode, UUID unit, NomineeKind kind, NomineeInput nominee,
            String achievements, List<StandardInput> standards, List<UUID> reportIds) {
        return new NominationInput(formCode.strip(), unit, kind, nominee.toNominee(), achievements,
                standards == null ? List.of()
                        : standards.stream().map(s -> new StandardAnswer(s.code().strip(), s.met(), s.note())).toList(),
                reportIds);
    }

    public record ReasonRequest(@NotBlank(message = "Cần nêu lý do") @Size(max = 4000, message = "Tối đa 4000 ký tự")
            String reason) {
    }

    public record AssignRequest(@NotBlank(message = "Cần chọn cán bộ thụ lý") String officer) {
    }

    public record AppraiseRequest(@NotNull(message = "Cần kết quả thẩm định (đủ / không đủ điều kiện)") Boolean eligible,
            @Size(max = 4000, message = "Tối đa 4000 ký tự") String note) {
    }

    // ------------------------------------------------------------------------------------------

    public record UnitRef(UUID id, String path, String name) {
    }

    public record ReportRef(UUID reportId, Integer year, String unitName, Instant acceptedAt) {
        static ReportRef of(AcceptedReport r) {
            return new ReportRef(r.reportId, r.year, r.unitName, r.acceptedAt);
        }
    }

    public record CheckView(String check, boolean passed, String message, LocalDate nextEligibleOn) {
        static CheckView of(EligibilityCheck c) {
            return new CheckView(c.check(), c.passed(), c.message(), c.nextEligibleOn());
        }
    }

    public record EligibilityView(Boolean passed, Instant checkedAt, List<CheckView> checks, String overrideReason,
            String overrideBy, Instant overrideAt) {
    }

    /** The live result of GET /nominations/{id}/eligibility (nothing stored). */
    public record LiveEligibilityView(boolean passed, Instant checkedAt, String ruleSetCode, List<CheckView> checks) {
        public static LiveEligibilityView of(EligibilityService.Result r) {
            return new LiveEligibilityView(r.passed(), r.checkedAt(), r.ruleSet() == null ? null : r.ruleSet().code,
                    r.checks().stream().map(CheckView::of).toList());
        }
    }

    public record AppraisalView(boolean eligible, String note, String by, Instant at) {
    }

    public record AttachmentView(UUID id, String kind, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        public static AttachmentView of(NominationAttachment a) {
            return new AttachmentView(a.id, a.kind.name(), a.fileName, a.mediaType, a.sizeBytes, a.sha256,
                    a.uploadedBy, a.uploadedAt);
        }
    }

    public record NominationView(UUID id, UUID roundId, String roundTitle, String formCode, String formName,
            String ruleSetCode, UnitRef nominatingUnit, NomineeKind nomineeKind, String nomineeName, Nominee nominee,
            String achievements, List<StandardAnswer> standards, List<ReportRef> reports, String status,
            EligibilityView eligibility, String assignedOfficer, AppraisalView appraisal, String returnReason,
            Instant submittedAt, String submittedBy, Instant receivedAt, List<AttachmentView> attachments,
            long version, Instant createdAt, Instant updatedAt) {

        public static NominationView of(NominationDossier d) {
            Nomination n = d.nomination();
            return new NominationView(n.id, n.roundId, d.round() == null ? null : d.round().title, n.formCode,
                    d.formName(), n.ruleSetCode, new UnitRef(n.nominatingUnitId, n.nominatingUnitPath,
                            n.nominatingUnitName),
                    n.nomineeKind, n.nomineeName, n.nominee, n.achievements, List.copyOf(n.standards),
                    d.reports().stream().map(ReportRef::of).toList(), n.status.name(),
                    new EligibilityView(n.eligibilityPassed, n.eligibilityCheckedAt,
                            n.eligibility.stream().map(CheckView::of).toList(), n.overrideReason, n.overrideBy,
                            n.overrideAt),
                    n.assignedOfficer, n.appraisalEligible == null ? null
                            : new AppraisalView(n.appraisalEligible, n.appraisalNote, n.appraisedBy, n.appraisedAt),
                    n.returnReason, n.submittedAt, n.submittedBy, n.receivedAt,
                    d.attachments().stream().map(AttachmentView::of).toList(), n.version, n.createdAt, n.updatedAt);
        }
    }

    public record LogLineView(Instant at, String actor, String action, String fromStatus, String toStatus,
            String toParty, String note) {
        public static LogLineView of(NominationLog l) {
            return new LogLineView(l.at, l.actor, l.action.name(), l.fromStatus == null ? null : l.fromStatus.name(),
                    l.toStatus == null ? null : l.toStatus.name(), l.toParty, l.note);
        }
    }

    public record ImportResult(int created, List<UUID> ids) {
    }

    private NominationDtos() {
    }
}
