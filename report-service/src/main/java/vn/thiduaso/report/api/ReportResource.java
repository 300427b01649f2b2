package vn.thiduaso.report.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.file.StoredFileDownload;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.problem.Problems;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.api.ReportDtos.AcceptRequest;
import vn.thiduaso.report.api.ReportDtos.AttachmentView;
import vn.thiduaso.report.api.ReportDtos.CreateReportRequest;
import vn.thiduaso.report.api.ReportDtos.ReportView;
import vn.thiduaso.report.api.ReportDtos.ReturnRequest;
import vn.thiduaso.report.api.ReportDtos.UpdateReportRequest;
import vn.thiduaso.report.api.ReportDtos.VersionRequest;
import vn.thiduaso.report.domain.ReportAttachment;
import vn.thiduaso.report.service.AttachmentService;
import vn.thiduaso.report.service.ReportService;

/** A unit's report: draft, autosave, submit, confirm, return, accept, reopen, attachments. */
@Path("/api/v1/reports")
@Tag(name = "Báo cáo / Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportResource {

    private static final String VERSION_REQUIRED = "Cần phiên bản của báo cáo (version)";

    private final ReportService reports;
    private final AttachmentService attachments;
    private final CallerScope caller;

    public ReportResource(ReportService reports, AttachmentService attachments, CallerScope caller) {
        this.reports = reports;
        this.attachments = attachments;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Lập dự thảo báo cáo của đơn vị cho một yêu cầu báo cáo / Draft a unit's report for a report request",
            description = "Đơn vị lập cho chính mình; Phòng VH-XH (office) hoặc quản trị lập cho đơn vị trong phạm vi. "
                    + "narrative (không bắt buộc) là phần tóm tắt chung. 409 nếu yêu cầu đã có báo cáo hoặc đã bị rút; "
                    + "400 (requirementId) nếu kế hoạch đã kết thúc. Gửi lại với cùng Idempotency-Key trả lại báo cáo đã tạo.")
    @APIResponse(responseCode = "201", description = "Đã lập / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "Cần nội dung báo cáo") CreateReportRequest request) {
        ReportView created = ReportView.of(reports.create(caller, request.requirementId(), request.narrative(),
                idempotencyKey));
        return Response.created(URI.create("/api/v1/reports/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một báo cáo của đơn vị trong phạm vi, đầy đủ các phần, tệp đính kèm và lịch sử / One report of a unit in scope, with every part, attachments and history")
    public ReportView get(@PathParam("id") UUID id) {
        return ReportView.of(reports.get(caller, id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Lưu (tự động lưu) toàn bộ dự thảo báo cáo / Save (autosave) the whole report draft",
            description = "Chỉ khi báo cáo ở trạng thái DRAFT hoặc RETURNED, bởi đơn vị (hoặc Phòng VH-XH/quản trị trong phạm vi). "
                    + "Lỗi từng trường nêu đường dẫn (targets[2].numerator). Chỉ tiêu tỷ lệ: giá trị tính từ tử số/mẫu số. "
                    + "409 khi version đã cũ (kèm currentVersion) hoặc báo cáo không còn sửa được.")
    public ReportView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung báo cáo") UpdateReportRequest request) {
        return ReportView.of(reports.update(caller, id, request.version(), request.toDraft()));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Gửi báo cáo (hoặc chuyển lãnh đạo xác nhận nếu đơn vị được cấu hình như vậy) / Submit the report (or pass it to the leader for confirmation when the unit is set up so)",
            description = "DRAFT/RETURNED → SUBMITTED (sự kiện ReportSubmitted, đánh dấu nộp muộn so với hạn của đơn vị) "
                    + "hoặc AWAITING_CONFIRMATION. 409 khi đã gửi, đã tiếp nhận, yêu cầu đã rút hoặc kế hoạch đã kết thúc.")
    public ReportView submit(@PathParam("id") UUID id, @Valid @NotNull(message = VERSION_REQUIRED) VersionRequest request) {
        return ReportView.of(reports.submit(caller, id, request.version()));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Lãnh đạo xác nhận báo cáo đang chờ xác nhận: báo cáo được gửi / The leader confirms a report waiting for confirmation: the report is submitted",
            description = "AWAITING_CONFIRMATION → SUBMITTED; thời điểm nộp (và nộp muộn) tính lúc xác nhận.")
    public ReportView confirm(@PathParam("id") UUID id, @Valid @NotNull(message = VERSION_REQUIRED) VersionRequest request) {
        return ReportView.of(reports.confirm(caller, id, request.version()));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Trả lại báo cáo cho đơn vị, kèm lý do và hạn mới / Return a report to the unit with a reason and a new deadline",
            description = "Phòng VH-XH của xã/phường ban hành kế hoạch. SUBMITTED → RETURNED; hạn mới mặc định 5 ngày làm việc "
                    + "(thiduaso.report.return-working-days) hoặc dueDate. Sự kiện ReportReturned.")
    public ReportView returnToUnit(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần lý do trả lại") ReturnRequest request) {
        return ReportView.of(reports.returnToUnit(caller, id, request.version(), request.reason(), request.dueDate()));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Tiếp nhận báo cáo (khóa báo cáo) / Accept a report (locks it)", description = "SUBMITTED → ACCEPTED. Sự kiện ReportAccepted.")
    public ReportView accept(@PathParam("id") UUID id, @Valid @NotNull(message = VERSION_REQUIRED) AcceptRequest request) {
        return ReportView.of(reports.accept(caller, id, request.version(), request.note()));
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "Mở lại báo cáo đã tiếp nhận, kèm lý do và hạn mới / Reopen an accepted report with a reason and a new deadline",
            description = "ACCEPTED → RETURNED; đơn vị phải gửi lại trước hạn mới. Sự kiện ReportReopened.")
    public ReportView reopen(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần lý do mở lại") ReturnRequest request) {
        return ReportView.of(reports.reopen(caller, id, request.version(), request.reason(), request.dueDate()));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Đính kèm tệp (PDF, DOCX, XLSX, JPG, PNG; tối đa 20 MB) vào báo cáo đang soạn / Attach a file (PDF, DOCX, XLSX, JPG, PNG; at most 20 MB) to a report being drafted",
            description = "Trường multipart `file`. Kiểu tệp kiểm tra theo nội dung; 413 (file) khi quá 20 MiB; "
                    + "400 (file) khi nội dung không phải kiểu đã khai. Lưu kèm SHA-256.")
    @APIResponse(responseCode = "201", description = "Đã lưu / stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Tệp quá 20 MiB (trường file) / file too large")
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidFieldException("file", "Cần chọn tệp đính kèm");
        }
        if (file.size() > ReportAttachment.MAX_BYTES) {
            throw new WebApplicationException(Problems.of(413, "Tệp đính kèm tối đa 20 MB", uri.getRequestUri().getRawPath(),
                    List.of(new Problem.FieldError("file", "Tệp lớn hơn 20 MB (" + file.size() + " byte)"))));
        }
        AttachmentView stored = AttachmentView.of(attachments.upload(caller, id, file.fileName(), file.contentType(),
                file.uploadedFile()));
        return Response.created(URI.create("/api/v1/reports/" + id + "/attachments/" + stored.id())).entity(stored)
                .build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Tải tệp đính kèm (truyền từng phần, ETag = SHA-256) / Download an attachment (streamed, ETag = SHA-256)")
    @APIResponse(responseCode = "200", description = "Nội dung tệp / the file",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Không đổi (If-None-Match khớp ETag) / not modified")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ReportAttachment a = attachments.get(caller, id, attachmentId);
        UUID attachment = a.id;
        return StoredFileDownload.response(a.sha256, a.mediaType, a.fileName, a.sizeBytes,
                seq -> attachments.chunk(attachment, seq), ifNoneMatch);
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Xóa tệp đính kèm khi báo cáo còn sửa được / Delete an attachment while the report is editable")
    @APIResponse(responseCode = "204", description = "Đã xóa / deleted")
    public Response deleteAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(caller, id, attachmentId);
        return Response.noContent().build();
    }
}
