package vn.thiduaso.award.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.file.StoredFileDownload;
import vn.thiduaso.award.service.document.RenderedDocument;
import vn.thiduaso.award.api.NominationDtos.AppraiseRequest;
import vn.thiduaso.award.api.NominationDtos.AssignRequest;
import vn.thiduaso.award.api.NominationDtos.AttachmentView;
import vn.thiduaso.award.api.NominationDtos.CreateNominationRequest;
import vn.thiduaso.award.api.NominationDtos.LiveEligibilityView;
import vn.thiduaso.award.api.NominationDtos.LogLineView;
import vn.thiduaso.award.api.NominationDtos.NominationView;
import vn.thiduaso.award.api.NominationDtos.ReasonRequest;
import vn.thiduaso.award.api.NominationDtos.UpdateNominationRequest;
import vn.thiduaso.award.domain.NominationAttachment;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.award.service.NominationAttachmentService;
import vn.thiduaso.award.service.NominationLogDocuments;
import vn.thiduaso.award.service.NominationService;
import vn.thiduaso.platform.file.FileRules;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.problem.Problems;
import vn.thiduaso.platform.security.CallerScope;

/** Hồ sơ đề nghị khen thưởng: the dossier, its lifecycle, attachments and processing log. */
@Path("/api/v1/nominations")
@Tag(name = "Hồ sơ đề nghị khen thưởng / Nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class NominationResource {

    private final NominationService nominations;
    private final NominationAttachmentService attachments;
    private final NominationLogDocuments documents;
    private final CallerScope caller;

    public NominationResource(NominationService nominations, NominationAttachmentService attachments,
            NominationLogDocuments documents, CallerScope caller) {
        this.nominations = nominations;
        this.attachments = attachments;
        this.documents = documents;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Lập hồ sơ đề nghị khen thưởng (dự thảo) / Create a nomination draft",
            description = "Đơn vị cho chính mình; Phòng Văn hóa - Xã hội cho một đơn vị của xã (nominatingUnitId). "
                    + "400 nêu trường: formCode (đợt không xét), nomineeKind (quy định không cho phép), nominee.* "
                    + "(thiếu thông tin theo loại đối tượng), reportIds[i]; 409 khi đợt đã đóng/hết hạn hoặc đối tượng "
                    + "đã có hồ sơ cùng hình thức trong đợt (trường nominee).")
    @APIResponse(responseCode = "201", description = "Đã lập / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NominationView.class)))
    public Response createNomination(@Valid @NotNull(message = "Cần nội dung hồ sơ") CreateNominationRequest request) {
        NominationView created = NominationView.of(nominations.create(caller, request.roundId(), request.toInput()));
        return Response.created(URI.create("/api/v1/nominations/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Danh sách hồ sơ đề nghị trong phạm vi / List nominations in scope",
            description = "Đơn vị: hồ sơ của mình; Phòng, lãnh đạo, hội đồng: của xã; Ban Thi đua - Khen thưởng: "
                    + "hồ sơ đã chuyển lên (FORWARDED trở đi). q tìm theo tên đối tượng, không phân biệt dấu.")
    public PageResponse<NominationView> listNominations(@QueryParam("roundId") UUID roundId,
            @QueryParam("status") NominationStatus status, @QueryParam("unitId") UUID unitId,
            @QueryParam("formCode") String formCode, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Ít nhất 1")
            @Max(value = 100, message = "Tối đa 100") int size) {
        return nominations.list(caller, new NominationRepository.Filter(roundId, status, unitId, formCode, q), page, size)
                .map(NominationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một hồ sơ đề nghị / One nomination")
    public NominationView getNomination(@PathParam("id") UUID id) {
        return NominationView.of(nominations.get(caller, id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Lưu (tự động lưu) hồ sơ đang soạn / Autosave a nomination",
            description = "Khi hồ sơ ở DRAFT, RECALLED hoặc RETURNED. 409 khi version đã cũ (kèm currentVersion). "
                    + "Chạy lại và lưu kết quả kiểm tra điều kiện.")
    public NominationView updateNomination(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung hồ sơ") UpdateNominationRequest request) {
        return NominationView.of(nominations.update(caller, id, request.version(), request.toInput()));
    }

    @GET
    @Path("/{id}/eligibility")
    @Operation(summary = "Kiểm tra điều kiện ngay lúc này (không lưu) / Live eligibility check (nothing stored)")
    public LiveEligibilityView getNominationEligibility(@PathParam("id") UUID id) {
        return LiveEligibilityView.of(nominations.liveEligibility(caller, id));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Gửi hồ sơ lên Phòng Văn hóa - Xã hội / Submit a nomination",
            description = "Kiểm tra điều kiện theo bộ quy định có hiệu lực hôm nay và ghi bộ quy định vào hồ sơ. "
                    + "422 liệt kê các điều kiện chưa đạt (trường eligibility.<CHECK>) trừ khi Phòng đã ghi nhận vượt "
                    + "điều kiện. Sự kiện NominationSubmitted.")
    @APIResponse(responseCode = "200", description = "Đã gửi / submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "422", description = "Chưa đủ điều kiện / failed eligibility checks")
    public NominationView submitNomination(@PathParam("id") UUID id) {
        return NominationView.of(nominations.submit(caller, id));
    }

    @POST
    @Path("/{id}/recall")
    @Operation(summary = "Thu hồi hồ sơ Phòng chưa tiếp nhận / Recall a submitted nomination")
    public NominationView recallNomination(@PathParam("id") UUID id) {
        return NominationView.of(nominations.recall(caller, id));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Rút hồ sơ (kèm lý do) / Withdraw a nomination")
    public NominationView withdrawNomination(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần lý do") ReasonRequest request) {
        return NominationView.of(nominations.withdraw(caller, id, request.reason()));
    }

    @POST
    @Path("/{id}/receive")
    @Operation(summary = "Tiếp nhận hồ sơ / Receive a nomination")
    public NominationView receiveNomination(@PathParam("id") UUID id) {
        return NominationView.of(nominations.receive(caller, id));
    }

    @POST
    @Path("/{id}/assign")
    @Operation(summary = "Giao cán bộ thụ lý / Assign an officer",
            description = "officer: tên đăng nhập của một cán bộ Phòng Văn hóa - Xã hội của xã.")
    public NominationView assignNomination(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần chọn cán bộ thụ lý") AssignRequest request) {
        return NominationView.of(nominations.assign(caller, id, request.officer()));
    }

    @POST
    @Path("/{id}/appraise")
    @Operation(summary = "Ghi kết quả thẩm định / Record the appraisal",
            description = "eligible = false cần note (lý do).")
    public NominationView appraiseNomination(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần kết quả thẩm định") AppraiseRequest request) {
        return NominationView.of(nominations.appraise(caller, id, request.eligible(), request.note()));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Trả lại hồ sơ cho đơn vị (kèm lý do) / Return a nomination to its unit",
            description = "Sự kiện NominationReturned.")
    public NominationView returnNomination(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần lý do") ReasonRequest request) {
        return NominationView.of(nominations.returnToUnit(caller, id, request.reason()));
    }

    @POST
    @Path("/{id}/override")
    @Operation(summary = "Ghi nhận cho phép vượt điều kiện chưa đạt (kèm lý do) / Override failed checks")
    public NominationView overrideNominationEligibility(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần lý do") ReasonRequest request) {
        return NominationView.of(nominations.override(caller, id, request.reason()));
    }

    @GET
    @Path("/{id}/log")
    @Operation(summary = "Sổ theo dõi xử lý hồ sơ / The processing log")
    public List<LogLineView> getNominationLog(@PathParam("id") UUID id) {
        return nominations.log(caller, id).stream().map(LogLineView::of).toList();
    }

    @GET
    @Path("/{id}/log/document")
    @Produces({ Downloads.DOCX, "application/pdf" })
    @Operation(summary = "In phiếu theo dõi xử lý hồ sơ (DOCX/PDF) / Print the processing log")
    @APIResponse(responseCode = "200", description = "Tệp / the file", content = {
            @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getNominationLogDocument(@PathParam("id") UUID id,
            @QueryParam("format") @NotNull(message = "Cần chọn định dạng docx hoặc pdf")
            @Pattern(regexp = "docx|pdf", message = "Định dạng là docx hoặc pdf") String format) {
        return Downloads.document(documents.render(caller, id, RenderedDocument.Format.of(format)));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Đính kèm tài liệu vào hồ sơ (PDF, DOCX, XLSX, JPG, PNG; tối đa 20 MB) / Attach a file",
            description = "Trường multipart file và kind = SUBMISSION_LETTER | ACHIEVEMENT_REPORT | MEETING_MINUTES | OTHER. "
                    + "Kiểu tệp kiểm tra theo nội dung; 413 (file) khi quá 20 MiB.")
    @APIResponse(responseCode = "201", description = "Đã lưu / stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Tệp quá 20 MiB (trường file) / file too large")
    public Response uploadNominationAttachment(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm("kind") String kind, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidFieldException("file", "Cần chọn tệp đính kèm");
        }
        if (file.size() > FileRules.MAX_BYTES) {
            throw new WebApplicationException(Problems.of(413, "Tệp đính kèm tối đa 20 MB", uri.getRequestUri().getRawPath(),
                    List.of(new Problem.FieldError("file", "Tệp lớn hơn 20 MB (" + file.size() + " byte)"))));
        }
        AttachmentView stored = AttachmentView.of(attachments.upload(caller, id, kind, file.fileName(),
                file.contentType(), file.uploadedFile()));
        return Response.created(URI.create("/api/v1/nominations/" + id + "/attachments/" + stored.id()))
                .entity(stored).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Tải tài liệu đính kèm (ETag = SHA-256) / Download an attachment")
    @APIResponse(responseCode = "200", description = "Nội dung tệp / the file",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Không đổi / not modified")
    public Response downloadNominationAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        NominationAttachment a = attachments.get(caller, id, attachmentId);
        UUID attachment = a.id;
        return StoredFileDownload.response(a.sha256, a.mediaType, a.fileName, a.sizeBytes,
                seq -> attachments.chunk(attachment, seq), ifNoneMatch);
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Xóa tài liệu đính kèm khi hồ sơ còn sửa được / Delete an attachment")
    @APIResponse(responseCode = "204", description = "Đã xóa / deleted")
    public Response deleteNominationAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(caller, id, attachmentId);
        return Response.noContent().build();
    }
}
