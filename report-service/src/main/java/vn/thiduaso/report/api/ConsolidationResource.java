package vn.thiduaso.report.api;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

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
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.api.ConsolidationDtos.ConsolidationSummary;
import vn.thiduaso.report.api.ConsolidationDtos.ConsolidationView;
import vn.thiduaso.report.api.ConsolidationDtos.EditConsolidationRequest;
import vn.thiduaso.report.api.ConsolidationDtos.VersionRequest;
import vn.thiduaso.report.domain.consolidation.ConsolidatedReport;
import vn.thiduaso.report.domain.consolidation.ConsolidationStatus;
import vn.thiduaso.report.service.consolidation.ConsolidationService;
import vn.thiduaso.report.service.document.ConsolidationDocuments;

/** Báo cáo tổng hợp của xã: read, edit, approve, submit, list (the board), print. */
@Path("/api/v1/consolidations")
@Tag(name = "Báo cáo tổng hợp / Consolidated reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsolidationResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String YEAR = "Năm từ 2000 đến 2100";

    private final ConsolidationService consolidations;
    private final ConsolidationDocuments documents;
    private final CallerScope caller;

    public ConsolidationResource(ConsolidationService consolidations, ConsolidationDocuments documents,
            CallerScope caller) {
        this.consolidations = consolidations;
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Danh sách báo cáo tổng hợp trong phạm vi (Ban Thi đua - Khen thưởng: các báo cáo đã gửi của các xã) / Consolidated reports in scope (the board: the communes' submitted reports)",
            description = "Phòng VH-XH, lãnh đạo xã, quản trị: mọi trạng thái; Ban TĐKT (board): chỉ SUBMITTED. "
                    + "unitPath thu hẹp trong phạm vi (403 nếu ngoài phạm vi). Năm mới nhất trước, rồi theo tên xã.")
    public PageResponse<ConsolidationSummary> list(
            @QueryParam("year") @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
            @QueryParam("planId") UUID planId,
            @QueryParam("unitPath") @Pattern(regexp = "/.*", message = "Đường dẫn đơn vị bắt đầu bằng /") String unitPath,
            @QueryParam("status") ConsolidationStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Mỗi trang từ 1 đến 100 mục") @Max(value = 100, message = "Mỗi trang từ 1 đến 100 mục") int size) {
        return consolidations.list(caller, year, planId, unitPath, status, page, size).map(ConsolidationSummary::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một báo cáo tổng hợp: nội dung của xã kèm nguồn từ từng đơn vị, chỉ tiêu, đơn vị chưa báo cáo / A consolidated report: the commune's contents with each unit's sources, targets, missing units",
            description = "Ban TĐKT chỉ đọc được báo cáo đã gửi (403 với dự thảo).")
    public ConsolidationView get(@PathParam("id") UUID id) {
        return ConsolidationView.of(consolidations.get(caller, id));
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Phòng VH-XH sửa nội dung báo cáo tổng hợp (chỉ khi là dự thảo) / The office edits a consolidated report (draft only)",
            description = "contents thay nội dung của các mục được liệt kê; summary/difficulties/proposals null = giữ nguyên. "
                    + "Nội dung đã sửa được giữ khi tổng hợp lại. 409 nếu version cũ (kèm currentVersion) hoặc đã phê duyệt.")
    public ConsolidationView edit(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung báo cáo tổng hợp") EditConsolidationRequest request) {
        List<ConsolidationDtos.ContentText> contents = request.contents() == null ? List.of() : request.contents();
        List<ConsolidatedReport.TextEdit> edits = IntStream.range(0, contents.size())
                .mapToObj(i -> new ConsolidatedReport.TextEdit(i, contents.get(i).contentId(), contents.get(i).text()))
                .toList();
        return ConsolidationView.of(consolidations.edit(caller, id, request.version(), edits, request.summary(),
                request.difficulties(), request.proposals()));
    }

    @POST
    @Path("/{id}/approve")
    @Authenticated
    @Operation(summary = "Lãnh đạo UBND xã phê duyệt báo cáo tổng hợp (DRAFT → APPROVED) / The commune leader approves a consolidated report (DRAFT → APPROVED)")
    public ConsolidationView approve(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần phiên bản (version) của báo cáo tổng hợp") VersionRequest request) {
        return ConsolidationView.of(consolidations.approve(caller, id, request.version()));
    }

    @POST
    @Path("/{id}/submit")
    @Authenticated
    @Operation(summary = "Gửi báo cáo tổng hợp đã phê duyệt lên cấp trên (APPROVED → SUBMITTED) / Submit an approved consolidated report upwards (APPROVED → SUBMITTED)",
            description = "Yêu cầu báo cáo của xã trong kỳ báo cáo cấp trên (second hop) chuyển sang SUBMITTED, ghi nhận nộp muộn; "
                    + "phát sự kiện ConsolidatedReportSubmitted.")
    public ConsolidationView submit(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần phiên bản (version) của báo cáo tổng hợp") VersionRequest request) {
        return ConsolidationView.of(consolidations.submit(caller, id, request.version()));
    }

    @GET
    @Path("/{id}/document")
    @Produces({ DOCX, "application/pdf" })
    @Authenticated
    @Operation(summary = "Báo cáo tổng hợp dạng DOCX hoặc PDF theo thể thức Nghị định 30/2020/NĐ-CP / The consolidated report as DOCX or PDF in the Decree 30/2020 layout",
            description = "format=docx|pdf. Dự thảo có dấu DỰ THẢO; ai đọc được báo cáo thì in được.")
    @APIResponse(responseCode = "200", description = "Tệp DOCX hoặc PDF / DOCX or PDF file", content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response document(@PathParam("id") UUID id,
            @QueryParam("format") @NotNull(message = "Cần chọn định dạng docx hoặc pdf")
            @Pattern(regexp = "docx|pdf", message = "Định dạng là docx hoặc pdf") String format) {
        boolean docx = format.equals("docx");
        ConsolidationDocuments.Rendered file = documents.render(caller, id,
                docx ? ConsolidationDocuments.Format.DOCX : ConsolidationDocuments.Format.PDF);
        return Response.ok(file.bytes(), docx ? DOCX : "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + (docx ? ".docx" : ".pdf") + "\"")
                .build();
    }
}
