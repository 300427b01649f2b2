package vn.thiduaso.plan.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;
import vn.thiduaso.plan.api.PlanDtos.IssuePlanRequest;
import vn.thiduaso.plan.api.PlanDtos.PlanDetail;
import vn.thiduaso.plan.api.PlanDtos.PlanSummary;
import vn.thiduaso.plan.api.PlanDtos.ReasonRequest;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.plan.repository.PlanRepository;
import vn.thiduaso.plan.service.PlanDocuments;
import vn.thiduaso.plan.service.PlanService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/** Plans: who may do what is decided by the service's AccessPolicy; roles here only keep other roles out early. */
@Path("/api/v1/plans")
@Tag(name = "Kế hoạch / Plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PlanService plans;
    private final PlanDocuments documents;
    private final CallerScope caller;

    public PlanResource(PlanService plans, PlanDocuments documents, CallerScope caller) {
        this.plans = plans;
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Kế hoạch trong phạm vi: do đơn vị trong phạm vi ban hành, hoặc đã ban hành tới đơn vị trong phạm vi / Plans in scope: issued by a unit in scope, or issued to a unit in scope",
            description = "q tìm không dấu theo số và tên; issuingUnitId lấy cả các đơn vị cấp dưới; year = kế hoạch có năm đó.")
    public PageResponse<PlanSummary> list(@QueryParam("status") PlanStatus status, @QueryParam("q") String q,
            @QueryParam("movementId") UUID movementId, @QueryParam("issuingUnitId") UUID issuingUnitId,
            @QueryParam("year") @Min(value = 2000, message = "Năm không hợp lệ") @Max(value = 2100, message = "Năm không hợp lệ") Integer year,
            @QueryParam("sort") @Pattern(regexp = "issuedAt,desc|createdAt,desc|title,asc|number,asc",
                    message = "Sắp xếp theo issuedAt,desc · createdAt,desc · title,asc · number,asc") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PageResponse<PlanService.PlanSummaryView> found = plans.list(caller,
                new PlanRepository.Filter(status, movementId, null, year, q, sort), issuingUnitId, page, size);
        return new PageResponse<>(found.items().stream().map(PlanDtos::summary).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Chi tiết kế hoạch (phiên bản hiện tại) / A plan (its current version)")
    public PlanDetail get(@PathParam("id") UUID id) {
        return PlanDetail.of(plans.get(caller, id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE })
    @Operation(summary = "Soạn dự thảo kế hoạch (Phòng VH-XH), với bất kỳ phần nào / Draft a plan (culture-social office), with any of its parts",
            description = "Gửi lại với cùng Idempotency-Key trả lại dự thảo đã tạo, không tạo bản thứ hai.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDetail.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.PlanBody.class)))
            @NotNull(message = "Cần nội dung kế hoạch") ObjectNode body) {
        PlanDetail created = PlanDetail.of(plans.create(caller, body, idempotencyKey));
        return Response.created(URI.create("/api/v1/plans/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.UNIT })
    @Operation(summary = "Sửa một phần dự thảo: mỗi phần gửi lên thay thế cả phần đó / Change one part of a draft: each part sent replaces that part",
            description = "Cần version; 409 nếu phiên bản đã cũ (kèm currentVersion) hoặc kế hoạch đã ban hành.")
    public PlanDetail patch(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.PlanBody.class)))
            @NotNull(message = "Cần nội dung sửa") ObjectNode body) {
        JsonNode version = body.remove("version");
        if (version == null || !version.canConvertToLong()) {
            throw new InvalidFieldException("version", "Cần phiên bản hiện tại của kế hoạch");
        }
        return PlanDetail.of(plans.patch(caller, id, version.asLong(), body));
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.UNIT })
    @Operation(summary = "Ban hành kế hoạch (lãnh đạo UBND): cấp số N/KH-UBND; phát PlanIssued (hoặc PlanAmended) / Issue a plan (commune leader): number N/KH-UBND; PlanIssued (or PlanAmended)",
            description = "409 nếu kế hoạch đã ban hành hoặc phiên bản đã cũ.")
    public PlanDetail issue(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần phiên bản hiện tại của kế hoạch") IssuePlanRequest request) {
        return PlanDetail.of(plans.issue(caller, id, request.version(), request.issuedOn(), request.place()));
    }

    @POST
    @Path("/{id}/amend")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.UNIT })
    @Operation(summary = "Điều chỉnh kế hoạch đã ban hành: tạo phiên bản dự thảo mới từ bản đã ban hành / Amend an issued plan: a new draft version from the issued one")
    public PlanDetail amend(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần phiên bản và lý do") ReasonRequest request) {
        return PlanDetail.of(plans.amend(caller, id, request.version(), request.reason()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.UNIT })
    @Operation(summary = "Kết thúc kế hoạch: không mở thêm kỳ báo cáo hay đợt khen thưởng nào từ kế hoạch / Close a plan: no more reporting periods or award rounds from it")
    public PlanDetail close(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần phiên bản hiện tại của kế hoạch") ReasonRequest request) {
        return PlanDetail.of(plans.close(caller, id, request.version(), request.reason()));
    }

    /** Body of {@code POST /plans/{id}/unit-plans}: the addressed unit (default: the caller's unit). */
    public record UnitPlanRequest(UUID unitId) {
    }

    public record UnitPlanRow(PlanDtos.UnitRef unit,
            @Schema(implementation = vn.thiduaso.plan.service.UnitPlans.State.class) String status, UUID unitPlanId, java.time.Instant issuedAt) {
    }

    @POST
    @Path("/{id}/unit-plans")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.UNIT })
    @Operation(summary = "Lập kế hoạch của đơn vị thực hiện kế hoạch này (điền sẵn nội dung, chỉ tiêu của kế hoạch cấp trên) / Start a unit's plan answering this plan (contents and targets of the parent pre-filled)")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDetail.class)))
    public Response createUnitPlan(@PathParam("id") UUID id, UnitPlanRequest request) {
        PlanDetail created = PlanDetail.of(plans.createUnitPlan(caller, id, request == null ? null : request.unitId()));
        return Response.created(URI.create("/api/v1/plans/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}/unit-plans")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.LEADER })
    @Operation(summary = "Theo dõi kế hoạch của các đơn vị được giao: ISSUED · LATE · DRAFT · MISSING / Follow the addressees' plans: ISSUED · LATE · DRAFT · MISSING")
    public List<UnitPlanRow> unitPlans(@PathParam("id") UUID id) {
        return plans.unitPlans(caller, id).stream()
                .map(s -> new UnitPlanRow(PlanDtos.ref(s.unit()), s.status().name(), s.unitPlanId(), s.issuedAt()))
                .toList();
    }

    public record CheckResponse(List<vn.thiduaso.plan.service.UnitPlans.MissingContent> missingContents,
            List<vn.thiduaso.plan.service.UnitPlans.LowerTarget> lowerTargets,
            List<vn.thiduaso.plan.service.UnitPlans.LaterDeadline> laterDeadlines) {
    }

    @GET
    @Path("/{id}/check")
    @Authenticated
    @Operation(summary = "Đối chiếu kế hoạch của đơn vị với kế hoạch cấp trên: nội dung thiếu, chỉ tiêu thấp hơn, hạn muộn hơn / Compare a unit's plan with the parent plan: missing contents, lower targets, later deadlines")
    public CheckResponse check(@PathParam("id") UUID id) {
        var c = plans.check(caller, id);
        return new CheckResponse(c.missingContents(), c.lowerTargets(), c.laterDeadlines());
    }

    public record ChangeView(@Schema(implementation = vn.thiduaso.plan.domain.PlanDiff.Kind.class) String kind, String path, String field, Object before, Object after) {
    }

    public record PartChangeView(String part, List<ChangeView> changes) {
    }

    public record DiffResponse(int from, int to, List<PartChangeView> parts) {
    }

    @GET
    @Path("/{id}/diff")
    @Authenticated
    @Operation(summary = "So sánh hai phiên bản: phần nào thay đổi, từng mục, từng trường (trước / sau)")
    public DiffResponse diff(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull(message = "Cần phiên bản gốc (from)") @Min(value = 1, message = "Phiên bản từ 1") Integer from,
            @QueryParam("to") @NotNull(message = "Cần phiên bản so sánh (to)") @Min(value = 1, message = "Phiên bản từ 1") Integer to) {
        PlanDocuments.VersionDiff d = documents.diff(caller, id, from, to);
        return new DiffResponse(d.from(), d.to(), d.parts().stream()
                .map(p -> new PartChangeView(p.part(), p.changes().stream()
                        .map(c -> new ChangeView(c.kind().name(), c.path(), c.field(), c.before(), c.after()))
                        .toList()))
                .toList());
    }

    @GET
    @Path("/{id}/document.docx")
    @Produces(DOCX)
    @Authenticated
    @Operation(summary = "Kế hoạch dạng DOCX theo thể thức Nghị định 30/2020/NĐ-CP (version: một phiên bản cụ thể) / The plan as DOCX in the Decree 30/2020 layout (version: a given version)")
    @APIResponse(responseCode = "200", description = "Tệp DOCX / DOCX file",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("id") UUID id, @QueryParam("version") @Min(value = 1, message = "Phiên bản từ 1") Integer version) {
        return file(id, version, PlanDocuments.Format.DOCX, DOCX, ".docx");
    }

    @GET
    @Path("/{id}/document.pdf")
    @Produces("application/pdf")
    @Authenticated
    @Operation(summary = "Kế hoạch dạng PDF theo thể thức Nghị định 30/2020/NĐ-CP, phông chữ nhúng / The plan as PDF in the Decree 30/2020 layout, fonts embedded")
    @APIResponse(responseCode = "200", description = "Tệp PDF / PDF file",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id, @QueryParam("version") @Min(value = 1, message = "Phiên bản từ 1") Integer version) {
        return file(id, version, PlanDocuments.Format.PDF, "application/pdf", ".pdf");
    }

    private Response file(UUID id, Integer version, PlanDocuments.Format format, String type, String extension) {
        byte[] bytes = documents.render(caller, id, version, format);
        String number = version == null ? plans.get(caller, id).plan().number : plans.version(caller, id, version).version().number;
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + PlanDocuments.fileName(number) + extension + "\"")
                .build();
    }

    @GET
    @Path("/{id}/versions")
    @Authenticated
    @Operation(summary = "Các phiên bản của kế hoạch / The plan's versions")
    public List<PlanDtos.VersionSummary> versions(@PathParam("id") UUID id) {
        return plans.versions(caller, id).stream().map(PlanDtos.VersionSummary::of).toList();
    }

    @GET
    @Path("/{id}/versions/{n}")
    @Authenticated
    @Operation(summary = "Một phiên bản của kế hoạch / One version of the plan")
    public PlanDetail version(@PathParam("id") UUID id, @PathParam("n") @Min(1) int n) {
        return PlanDetail.of(plans.version(caller, id, n));
    }
}
