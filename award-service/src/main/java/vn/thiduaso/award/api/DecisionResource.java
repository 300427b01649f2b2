package vn.thiduaso.award.api;

import vn.thiduaso.award.service.document.RenderedDocument;
import vn.thiduaso.award.service.CertificateService;
import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.DecisionDtos.CreateDecisionRequest;
import vn.thiduaso.award.api.DecisionDtos.DecisionView;
import vn.thiduaso.award.api.DecisionDtos.SignDecisionRequest;
import vn.thiduaso.award.api.DecisionDtos.UpdateDecisionRequest;
import vn.thiduaso.award.service.DecisionService;
import vn.thiduaso.award.service.document.DecisionDocuments;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** Quyết định khen thưởng của Chủ tịch UBND xã: draft (office), sign (leader), print. */
@Path("/api/v1/decisions")
@Tag(name = "Quyết định khen thưởng / Award decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService decisions;
    private final DecisionDocuments documents;
    private final CertificateService certificates;
    private final CallerScope caller;

    public DecisionResource(DecisionService decisions, DecisionDocuments documents, CertificateService certificates,
            CallerScope caller) {
        this.decisions = decisions;
        this.documents = documents;
        this.certificates = certificates;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(summary = "Soạn dự thảo quyết định khen thưởng / Draft a commune award decision",
            description = "Phòng VH-XH. Chỉ hồ sơ đã công khai (POSTED) của đợt, hình thức do Chủ tịch UBND xã quyết định"
                    + " (400 nominationIds[i] nếu không).")
    @APIResponse(responseCode = "201", description = "Đã tạo dự thảo / draft created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    public Response createDecision(@Valid @NotNull(message = "Cần nội dung quyết định") CreateDecisionRequest request) {
        DecisionView created = DecisionView.of(decisions.create(caller, request.roundId(), request.title(), request.basis(),
                request.nominationIds()));
        return Response.created(URI.create("/api/v1/decisions/" + created.id())).entity(created).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Các quyết định khen thưởng trong phạm vi / Award decisions in scope")
    public PageResponse<DecisionView> listDecisions(@QueryParam("roundId") UUID roundId,
            @QueryParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Mỗi trang từ 1 đến 100 mục") @Max(value = 100, message = "Mỗi trang từ 1 đến 100 mục") int size) {
        return decisions.list(caller, roundId, year, page, size).map(DecisionView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một quyết định khen thưởng / One award decision")
    public DecisionView getDecision(@PathParam("id") UUID id) {
        return DecisionView.of(decisions.get(caller, id));
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Sửa dự thảo quyết định / Edit a draft decision", description = "Chỉ dự thảo; version cũ → 409.")
    public DecisionView updateDecision(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung quyết định") UpdateDecisionRequest request) {
        return DecisionView.of(decisions.update(caller, id, request.version(), request.title(), request.basis(),
                request.nominationIds()));
    }

    @POST
    @Path("/{id}/sign")
    @Authenticated
    @Operation(summary = "Lãnh đạo ký quyết định khen thưởng / A leader signs the decision",
            description = "Cấp số N/QĐ-UBND liên tục theo xã và năm, ghi sổ khen thưởng kèm tiền thưởng. 409 nominationIds"
                    + " khi chưa hết thời hạn công khai hoặc còn ý kiến phản ánh chưa xử lý.")
    public DecisionView signDecision(@PathParam("id") UUID id, @Valid SignDecisionRequest request) {
        return DecisionView.of(decisions.sign(caller, id, request == null ? null : request.decisionDate(),
                request == null ? null : request.signerTitle()));
    }

    @GET
    @Path("/{id}/document")
    @Produces({ Downloads.DOCX, "application/pdf" })
    @Authenticated
    @Operation(summary = "Quyết định dạng DOCX hoặc PDF theo Nghị định 30/2020/NĐ-CP / The decision as DOCX or PDF",
            description = "format=docx|pdf; kèm danh sách khen thưởng. Dự thảo có dấu DỰ THẢO.")
    @APIResponse(responseCode = "200", description = "Tệp DOCX hoặc PDF / DOCX or PDF file", content = {
            @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getDecisionDocument(@PathParam("id") UUID id,
            @QueryParam("format") @NotNull(message = "Cần chọn định dạng docx hoặc pdf")
            @Pattern(regexp = "docx|pdf", message = "Định dạng là docx hoặc pdf") String format) {
        return Downloads.document(documents.render(caller, id, RenderedDocument.Format.of(format)));
    }

    @GET
    @Path("/{id}/certificates")
    @Produces("application/pdf")
    @Authenticated
    @Tag(name = "In phôi giấy khen / Certificates")
    @Operation(summary = "In giấy khen của một quyết định, mỗi người một trang / Print a decision's certificates",
            description = "Quyết định đã ký của xã; mỗi người/tập thể được khen một trang. One page per recipient.")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printDecisionCertificates(@PathParam("id") UUID id) {
        CertificateService.Printed p = certificates.ofDecision(caller, id);
        return Downloads.file(p.pdf(), "application/pdf", p.fileName()).build();
    }
}
