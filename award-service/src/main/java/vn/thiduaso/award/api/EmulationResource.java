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
import vn.thiduaso.award.api.EmulationDtos.ClusterView;
import vn.thiduaso.award.api.EmulationDtos.CovenantRequest;
import vn.thiduaso.award.api.EmulationDtos.RegistrationRequest;
import vn.thiduaso.award.api.EmulationDtos.RegistrationView;
import vn.thiduaso.award.api.EmulationDtos.ScoresRequest;
import vn.thiduaso.award.service.ClusterService;
import vn.thiduaso.award.service.EmulationRegistrationService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1")
@Tag(name = "Đăng ký thi đua, khối thi đua / Emulation registration and clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmulationResource {

    private final EmulationRegistrationService registrations;
    private final ClusterService clusters;
    private final CallerScope caller;

    public EmulationResource(EmulationRegistrationService registrations, ClusterService clusters, CallerScope caller) {
        this.registrations = registrations;
        this.clusters = clusters;
        this.caller = caller;
    }

    @PUT
    @Path("/emulation-registrations/{unitId}/{year}")
    @Authenticated
    @Operation(summary = "Đăng ký thi đua của đơn vị trong năm / Register a unit's emulation titles for a year",
            description = "201 khi tạo mới, 200 khi thay thế; version (nếu gửi) đã cũ → 409.")
    @APIResponse(responseCode = "201", description = "Đã đăng ký / registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "200", description = "Đã thay thế / replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    public Response registerEmulation(@PathParam("unitId") UUID unitId,
            @PathParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") int year,
            @Valid @NotNull(message = "Cần nội dung đăng ký") RegistrationRequest request) {
        EmulationRegistrationService.Registered r = registrations.register(caller, unitId, year, request.formCodes(),
                request.note(), request.version());
        RegistrationView view = RegistrationView.of(r.registration());
        return r.created()
                ? Response.created(URI.create("/api/v1/emulation-registrations/" + unitId + "/" + year)).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/emulation-registrations")
    @Authenticated
    @Operation(summary = "Đăng ký thi đua trong phạm vi / Emulation registrations in scope")
    public PageResponse<RegistrationView> listRegistrations(
            @QueryParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return registrations.list(caller, year, unitId, page, size).map(RegistrationView::of);
    }

    @GET
    @Path("/emulation-clusters")
    @Authenticated
    @Operation(summary = "Khối thi đua trong phạm vi (đơn vị: khối mình là thành viên) / Clusters in scope")
    public PageResponse<ClusterView> listClusters(
            @QueryParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return clusters.list(caller, year, page, size).map(ClusterView::of);
    }

    @GET
    @Path("/emulation-clusters/{id}")
    @Authenticated
    @Operation(summary = "Khối thi đua với thành viên, điểm, giao ước / One cluster with members, scores, covenant")
    public ClusterView getCluster(@PathParam("id") UUID id) {
        return ClusterView.of(clusters.get(caller, id));
    }

    @PUT
    @Path("/emulation-clusters/{id}/covenant")
    @Authenticated
    @Operation(summary = "Ký giao ước thi đua của khối / Sign the cluster's covenant",
            description = "Bộ phận thi đua - khen thưởng của xã hoặc đơn vị trưởng khối.")
    public ClusterView signClusterCovenant(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung giao ước") CovenantRequest request) {
        return ClusterView.of(clusters.signCovenant(caller, id, request.text()));
    }

    @PUT
    @Path("/emulation-clusters/{id}/scores")
    @Authenticated
    @Operation(summary = "Chấm điểm, xếp hạng thành viên khối cuối năm / Score and rank the cluster's members",
            description = "Mỗi đơn vị phải là thành viên, một lần; thứ hạng từ 1 đến số đơn vị được chấm.")
    public ClusterView scoreCluster(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần bảng điểm") ScoresRequest request) {
        return ClusterView.of(clusters.score(caller, id, request.toScores()));
    }
}
