package vn.thiduaso.award.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.file.StoredFileDownload;
import vn.thiduaso.award.api.BoardDtos.BoardDecisionReceipt;
import vn.thiduaso.award.api.BoardDtos.BoardDecisionRequest;
import vn.thiduaso.award.api.BoardDtos.BoardNominationView;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.repository.ForwardingRepository.AttachmentRow;
import vn.thiduaso.award.service.BoardService;
import vn.thiduaso.award.service.ForwardingService;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.security.CallerScope;

/**
 * The city/province board's API (Ban Thi đua - Khen thưởng): users with the board role or an
 * integrating system with a service-account token (POST /api/v1/auth/token on plan-service).
 */
@Path("/api/v1/board/nominations")
@Tag(name = "Ban Thi đua - Khen thưởng / Board", description = "Hồ sơ chuyển lên và quyết định của Ban. Dossiers"
        + " forwarded to the board and its decisions; see docs/board-integration.md.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class BoardResource {

    static final String NOMINATION_EXAMPLE = """
            {"nominationId":"6a0f3c52-8d1e-4f7a-9b2c-1e5d7a9c3b40","forwardingId":"0c9e2b71-5a4d-4e8f-8c1b-2d3e4f5a6b7c",\
            "forwardedAt":"2026-01-20T02:30:00Z","commune":{"id":"3f2a1b0c-9d8e-4c7b-a6f5-e4d3c2b1a090","name":"UBND phường Kiến An"},\
            "nomineeKind":"INDIVIDUAL","nomineeName":"Nguyễn Thị Hương",\
            "nominee":{"fullName":"Nguyễn Thị Hương","dateOfBirth":"1985-04-12","gender":"Nữ","position":"Tổ trưởng tổ dân phố",\
            "unitName":"Tổ dân phố số 3"},"nominatingUnitName":"Tổ dân phố số 3",\
            "formCode":"bang-khen-chu-tich-ubnd-tinh","formName":"Bằng khen của Chủ tịch UBND tỉnh/thành phố",\
            "achievements":"Hai năm liền hoàn thành xuất sắc nhiệm vụ; vận động 100% hộ tham gia phân loại rác tại nguồn.",\
            "council":{"agree":4,"disagree":0,"abstain":0,"totalMembers":5},\
            "attachments":[{"id":"9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","kind":"SUBMISSION_LETTER","fileName":"to-trinh.pdf",\
            "mediaType":"application/pdf","sizeBytes":182340,"sha256":"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",\
            "downloadPath":"/api/v1/board/nominations/6a0f3c52-8d1e-4f7a-9b2c-1e5d7a9c3b40/attachments/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}],\
            "status":"FORWARDED","boardDecision":null}""";

    private final BoardService board;
    private final ForwardingService forwardings;
    private final CallerScope caller;

    public BoardResource(BoardService board, ForwardingService forwardings, CallerScope caller) {
        this.board = board;
        this.forwardings = forwardings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Hồ sơ chuyển lên Ban / Dossiers forwarded to the board",
            description = "Vai trò board, trong phạm vi tỉnh/thành phố của mình; status mặc định: mọi trạng thái. Board role,"
                    + " its city/province subtree; status defaults to every status.")
    @APIResponse(responseCode = "200", description = "Một trang hồ sơ / a page of dossiers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BoardDtos.BoardNominationPage.class),
                    examples = @ExampleObject(name = "forwarded",
                    summary = "Một hồ sơ chờ quyết định / one dossier waiting for a decision",
                    value = "{\"items\":[" + NOMINATION_EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    public BoardDtos.BoardNominationPage listBoardNominations(
            @Parameter(description = "FORWARDED | DECIDED | REFUSED", example = "FORWARDED") @QueryParam("status") NominationStatus status,
            @QueryParam("communeId") UUID communeId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return BoardDtos.BoardNominationPage.of(board.list(caller, status, communeId, page, size).map(BoardNominationView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một hồ sơ chuyển lên Ban / One forwarded dossier",
            description = "404 nếu hồ sơ không được chuyển lên Ban trong phạm vi của bạn. 404 when not forwarded to your board.")
    @APIResponse(responseCode = "200", description = "Hồ sơ / the dossier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardNominationView.class),
                    examples = @ExampleObject(name = "forwarded", value = NOMINATION_EXAMPLE)))
    public BoardNominationView getBoardNomination(@PathParam("id") UUID id) {
        return BoardNominationView.of(board.get(caller, id));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Tải tệp đính kèm của hồ sơ / Download an attachment of a forwarded dossier",
            description = "ETag = SHA-256 của tệp. The ETag is the file's SHA-256.")
    @APIResponse(responseCode = "200", description = "Nội dung tệp / the file",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "pdf", summary = "Một tệp PDF / a PDF file", value = "%PDF-1.7 …")))
    public Response downloadBoardAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AttachmentRow a = board.attachment(caller, id, attachmentId);
        return StoredFileDownload.response(a.sha256(), a.mediaType(), a.fileName(), a.sizeBytes(),
                seq -> forwardings.attachmentChunk(a.id(), seq), ifNoneMatch);
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Gửi quyết định của Ban về một hồ sơ / Post the board's decision on a dossier",
            description = "Bắt buộc tiêu đề Idempotency-Key (ví dụ một UUID, giữ nguyên khi gửi lại). Cùng khóa và cùng nội dung:"
                    + " trả lại biên nhận cũ (200), không thay đổi gì; cùng khóa khác nội dung: 409. ACCEPTED: hồ sơ DECIDED, ghi"
                    + " sổ khen thưởng (nguồn BOARD, tiền thưởng theo quy định); REFUSED: hồ sơ REFUSED. 404: hồ sơ không chuyển"
                    + " lên Ban của bạn; 409: hồ sơ không còn chờ quyết định. Required Idempotency-Key: the same key and body"
                    + " return the first receipt (200) and change nothing; the same key with another body is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BoardDecisionRequest.class),
            examples = {
                    @ExampleObject(name = "accepted", summary = "Khen thưởng / accepted",
                            value = "{\"outcome\":\"ACCEPTED\",\"decisionNumber\":\"125/QĐ-UBND\",\"decisionDate\":\"2026-02-10\","
                                    + "\"decidingBody\":\"Chủ tịch UBND thành phố Hải Phòng\",\"note\":null}"),
                    @ExampleObject(name = "refused", summary = "Không khen thưởng / refused",
                            value = "{\"outcome\":\"REFUSED\",\"decisionNumber\":\"48/BTĐKT-NV\",\"decisionDate\":\"2026-02-10\","
                                    + "\"decidingBody\":\"Ban Thi đua - Khen thưởng thành phố Hải Phòng\","
                                    + "\"note\":\"Chưa đủ thời gian 2 năm liên tục đạt danh hiệu Lao động tiên tiến.\"}") }))
    @APIResponse(responseCode = "201", description = "Đã nhận quyết định / decision received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardDecisionReceipt.class),
                    examples = @ExampleObject(name = "accepted", value = "{\"receiptId\":\"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a\","
                            + "\"nominationId\":\"6a0f3c52-8d1e-4f7a-9b2c-1e5d7a9c3b40\",\"outcome\":\"ACCEPTED\","
                            + "\"decisionNumber\":\"125/QĐ-UBND\",\"decisionDate\":\"2026-02-10\","
                            + "\"receivedAt\":\"2026-02-11T01:15:00Z\",\"awardRecordId\":\"7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b\"}")))
    @APIResponse(responseCode = "200", description = "Gửi lại cùng khóa: biên nhận cũ / a replay: the first receipt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardDecisionReceipt.class),
                    examples = @ExampleObject(name = "replayed", value = "{\"receiptId\":\"1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a\","
                            + "\"nominationId\":\"6a0f3c52-8d1e-4f7a-9b2c-1e5d7a9c3b40\",\"outcome\":\"ACCEPTED\","
                            + "\"decisionNumber\":\"125/QĐ-UBND\",\"decisionDate\":\"2026-02-10\","
                            + "\"receivedAt\":\"2026-02-11T01:15:00Z\",\"awardRecordId\":\"7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b\"}")))
    public Response postBoardDecision(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotencyKeys.HEADER, required = true,
                    description = "Khóa gửi lại an toàn (1–200 ký tự ASCII) / a retry key", example = "b7f1e0c2-4d3a-4b5c-9e8f-7a6b5c4d3e2f")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "Cần nội dung quyết định") BoardDecisionRequest request) {
        BoardService.Receipt receipt = board.decide(caller, id, idempotencyKey, request.toCommand());
        BoardDecisionReceipt body = BoardDecisionReceipt.of(receipt);
        if (receipt.replayed()) {
            return Response.ok(body).build();
        }
        return Response.status(Response.Status.CREATED).entity(body)
                .location(java.net.URI.create("/api/v1/board/nominations/" + id)).build();
    }
}
