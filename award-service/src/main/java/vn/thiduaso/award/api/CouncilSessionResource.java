package vn.thiduaso.award.api;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.service.document.RenderedDocument;
import vn.thiduaso.award.api.CouncilDtos.AttendanceRequest;
import vn.thiduaso.award.api.CouncilDtos.BallotRequest;
import vn.thiduaso.award.api.CouncilDtos.CreateSessionRequest;
import vn.thiduaso.award.api.CouncilDtos.OpenSessionRequest;
import vn.thiduaso.award.api.CouncilDtos.RecusalRequest;
import vn.thiduaso.award.api.CouncilDtos.SessionView;
import vn.thiduaso.award.domain.council.SessionStatus;
import vn.thiduaso.award.service.CouncilService;
import vn.thiduaso.award.service.document.CouncilMinutes;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** Phiên họp Hội đồng Thi đua - Khen thưởng: set-up, attendance, the vote, the tally, the minutes. */
@Path("/api/v1/council-sessions")
@Tag(name = "Hội đồng Thi đua - Khen thưởng / Award council")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilSessionResource {

    private final CouncilService council;
    private final CouncilMinutes minutes;
    private final CallerScope caller;

    public CouncilSessionResource(CouncilService council, CouncilMinutes minutes, CallerScope caller) {
        this.council = council;
        this.minutes = minutes;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(summary = "Lập phiên họp Hội đồng với thành viên và chương trình họp / Create a council session",
            description = "Phòng VH-XH của xã. Đúng một Chủ tịch; thành viên là người dùng vai trò council của xã. "
                    + "Chương trình: các hồ sơ đã cho, hoặc mọi hồ sơ APPRAISED đủ điều kiện của đợt; mỗi hồ sơ chuyển IN_COUNCIL.")
    @APIResponse(responseCode = "201", description = "Phiên họp đã lập / Session created")
    public Response createCouncilSession(@Valid @NotNull(message = "Cần nội dung phiên họp") CreateSessionRequest request,
            @Context UriInfo uri) {
        SessionView view = SessionView.of(council.create(caller, request.toNew()));
        return Response.created(URI.create(uri.getPath() + "/" + view.id())).entity(view).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Danh sách phiên họp Hội đồng trong phạm vi / List council sessions",
            description = "Phòng VH-XH, lãnh đạo: mọi phiên của xã; thành viên Hội đồng: các phiên mình tham gia. Mới nhất trước.")
    public PageResponse<SessionView> listCouncilSessions(@QueryParam("roundId") UUID roundId,
            @QueryParam("status") SessionStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return council.list(caller, roundId, status, page, size).map(SessionView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một phiên họp: thành viên, chương trình, phiếu của tôi, kết quả khi đã kết thúc / One council session",
            description = "Bỏ phiếu kín: không bao giờ hiện ai chọn gì, chỉ hiện ai đã bỏ phiếu. 404 nếu ngoài phạm vi.")
    public SessionView getCouncilSession(@PathParam("id") UUID id) {
        return SessionView.of(council.get(caller, id));
    }

    @PUT
    @Path("/{id}/attendance")
    @Authenticated
    @Operation(summary = "Điểm danh thành viên có mặt / Record attendance",
            description = "Phòng VH-XH, Chủ tịch hoặc Thư ký Hội đồng; khi phiên chưa kết thúc.")
    public SessionView recordCouncilAttendance(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần danh sách có mặt") AttendanceRequest request) {
        return SessionView.of(council.recordAttendance(caller, id, request.present()));
    }

    @POST
    @Path("/{id}/open")
    @Authenticated
    @Operation(summary = "Chủ tịch Hội đồng mở biểu quyết với thời hạn / The chair opens the vote",
            description = "409 nếu chưa đủ tỷ lệ có mặt (có mặt × 100 ≥ tỷ lệ × tổng số thành viên); thời hạn phải ở tương lai.")
    public SessionView openCouncilSession(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần thời hạn biểu quyết") OpenSessionRequest request) {
        return SessionView.of(council.open(caller, id, request.votingClosesAt()));
    }

    @POST
    @Path("/{id}/recusals")
    @Authenticated
    @Operation(summary = "Thành viên xin không tham gia biểu quyết một hồ sơ (xung đột lợi ích) / Recuse from a nomination",
            description = "Khi phiên đang biểu quyết; 409 nếu đã biểu quyết hồ sơ đó.")
    public SessionView recuseFromCouncilVote(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần hồ sơ và lý do") RecusalRequest request) {
        return SessionView.of(council.recuse(caller, id, request.nominationId(), request.reason().strip()));
    }

    @POST
    @Path("/{id}/ballots")
    @Authenticated
    @Operation(summary = "Thành viên biểu quyết các hồ sơ: tán thành, không tán thành, không biểu quyết / Cast ballots",
            description = "Khi phiên đang mở và trước thời hạn (409); mỗi hồ sơ một lần (409 votes[i].nominationId); "
                    + "thành viên đã xin không tham gia (409); người ngoài Hội đồng (403); hồ sơ ngoài chương trình (400).")
    public SessionView castCouncilBallots(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần phiếu biểu quyết") BallotRequest request) {
        return SessionView.of(council.vote(caller, id, request.toBallots()));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Chủ tịch Hội đồng kết thúc biểu quyết và kiểm phiếu / The chair closes the vote",
            description = "Hồ sơ được thông qua khi số phiếu tán thành đạt ngưỡng của quy định tính trên tổng số thành viên Hội đồng; "
                    + "hồ sơ chuyển PASSED hoặc REJECTED.")
    public SessionView closeCouncilSession(@PathParam("id") UUID id) {
        return SessionView.of(council.close(caller, id));
    }

    @GET
    @Path("/{id}/minutes")
    @Produces({ Downloads.DOCX, "application/pdf" })
    @Authenticated
    @Operation(summary = "Biên bản họp Hội đồng (DOCX hoặc PDF theo Nghị định 30/2020/NĐ-CP) / Council minutes",
            description = "format=docx|pdf; sau khi kết thúc biểu quyết (409 trước đó).")
    @APIResponse(responseCode = "200", description = "Tệp DOCX hoặc PDF / DOCX or PDF file", content = {
            @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "409", description = "Phiên họp chưa kết thúc biểu quyết / the vote is not closed yet")
    public Response getCouncilMinutes(@PathParam("id") UUID id,
            @QueryParam("format") @NotNull(message = "Cần chọn định dạng docx hoặc pdf")
            @Pattern(regexp = "docx|pdf", message = "Định dạng là docx hoặc pdf") String format) {
        return Downloads.document(minutes.render(caller, id, RenderedDocument.Format.of(format)));
    }
}
