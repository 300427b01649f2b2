package vn.thiduaso.award.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.AwardRoundDtos.CloseRoundRequest;
import vn.thiduaso.award.api.AwardRoundDtos.CreateRoundRequest;
import vn.thiduaso.award.api.AwardRoundDtos.RoundView;
import vn.thiduaso.award.api.AwardRoundDtos.UpdateRoundRequest;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.award.service.AwardRoundService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/award-rounds")
@Tag(name = "Đợt khen thưởng / Award rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardRoundResource {

    private final AwardRoundService rounds;
    private final CallerScope caller;

    public AwardRoundResource(AwardRoundService rounds, CallerScope caller) {
        this.rounds = rounds;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Đợt khen thưởng trong phạm vi (đơn vị: các đợt được đề nghị) / Award rounds in scope")
    public PageResponse<RoundView> listRounds(@QueryParam("status") RoundStatus status,
            @QueryParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return rounds.list(caller, status, year, page, size).map(RoundView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Chi tiết đợt khen thưởng / One award round", description = "404 nếu không có hoặc ngoài phạm vi.")
    public RoundView getRound(@PathParam("id") UUID id) {
        return RoundView.of(rounds.get(caller, id));
    }

    @POST
    @Authenticated
    @Operation(summary = "Mở đợt khen thưởng từ kế hoạch hoặc đột xuất / Open an award round from a plan or ad hoc",
            description = "409 nếu kế hoạch đã có đợt cùng dịp và năm.")
    @APIResponse(responseCode = "201", description = "Đã mở / opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    public Response openRound(@Valid @NotNull(message = "Cần nội dung đợt khen thưởng") CreateRoundRequest request) {
        RoundView created = RoundView.of(rounds.open(caller, request.toNew()));
        return Response.created(URI.create("/api/v1/award-rounds/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Sửa ngày, tên, hình thức, đơn vị đề nghị của đợt / Change an award round",
            description = "Gửi kèm version đã đọc; 409 nếu đã cũ hoặc đợt đã đóng.")
    public RoundView updateRound(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung thay đổi") UpdateRoundRequest request) {
        return RoundView.of(rounds.update(caller, id, request.toChange()));
    }

    @POST
    @Path("/{id}/close")
    @Authenticated
    @Operation(summary = "Đóng đợt khen thưởng / Close an award round")
    public RoundView closeRound(@PathParam("id") UUID id, @Valid CloseRoundRequest request) {
        return RoundView.of(rounds.close(caller, id, request == null ? null : request.version()));
    }
}
