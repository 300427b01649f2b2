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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.BoardDtos.ForwardRequest;
import vn.thiduaso.award.api.BoardDtos.ForwardingView;
import vn.thiduaso.award.service.ForwardingBundle;
import vn.thiduaso.award.service.ForwardingService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/forwardings")
@Tag(name = "Chuyển hồ sơ lên Ban Thi đua - Khen thưởng / Forwarding to the board")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ForwardingResource {

    private final ForwardingService forwardings;
    private final ForwardingBundle bundles;
    private final CallerScope caller;

    public ForwardingResource(ForwardingService forwardings, ForwardingBundle bundles, CallerScope caller) {
        this.forwardings = forwardings;
        this.bundles = bundles;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Chuyển hồ sơ đã công khai lên Ban Thi đua - Khen thưởng / Forward posted dossiers to the board",
            description = "Văn phòng xã; chỉ hồ sơ POSTED của hình thức không do Chủ tịch UBND xã quyết định, đã hết thời gian"
                    + " công khai, không còn phản ánh chưa giải quyết. Office only: POSTED dossiers of higher forms whose"
                    + " posting window ended with no open objection; the board is the nearest city/province above.")
    @APIResponse(responseCode = "201", description = "Đã chuyển / forwarded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForwardingView.class)))
    public Response createForwarding(@Valid @NotNull(message = "Cần nội dung tờ trình") ForwardRequest request) {
        ForwardingView created = ForwardingView.of(forwardings.forward(caller, request.toCommand()));
        return Response.created(URI.create("/api/v1/forwardings/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Danh sách tờ trình chuyển hồ sơ / Forwardings in scope",
            description = "Văn phòng, lãnh đạo xã và Ban của tỉnh/thành phố (theo phạm vi). Office and leader of the commune,"
                    + " the board of its subtree.")
    public PageResponse<ForwardingView> listForwardings(@QueryParam("roundId") UUID roundId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return forwardings.list(caller, roundId, page, size).map(ForwardingView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một tờ trình chuyển hồ sơ / One forwarding")
    public ForwardingView getForwarding(@PathParam("id") UUID id) {
        return ForwardingView.of(forwardings.get(caller, id));
    }

    @GET
    @Path("/{id}/bundle")
    @Produces("application/zip")
    @Operation(summary = "Tải bộ hồ sơ (ZIP) / Download the dossier bundle",
            description = "Tờ trình (DOCX, thể thức Nghị định 30), danh sách (XLSX) và mọi tệp đính kèm, mỗi người/tập thể một"
                    + " thư mục. The letter as DOCX, the list as XLSX and every attachment in a folder per nominee.")
    @APIResponse(responseCode = "200", description = "Tệp ZIP / the ZIP file",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadForwardingBundle(@PathParam("id") UUID id) {
        ForwardingService.ForwardingDetail detail = forwardings.get(caller, id);
        StreamingOutput body = out -> bundles.write(detail, out);
        return Downloads.file(body, "application/zip", bundles.fileName(detail)).build();
    }
}
