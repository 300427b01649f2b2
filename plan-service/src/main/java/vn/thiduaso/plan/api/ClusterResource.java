package vn.thiduaso.plan.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.plan.api.ClusterDtos.ClusterView;
import vn.thiduaso.plan.api.ClusterDtos.CreateClusterRequest;
import vn.thiduaso.plan.api.ClusterDtos.UpdateClusterRequest;
import vn.thiduaso.plan.service.ClusterService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** Who may do what is decided by the service's AccessPolicy; here only authentication is required. */
@Path("/api/v1/clusters")
@Tag(name = "Khối thi đua / Clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ClusterResource {

    private final ClusterService clusters;
    private final CallerScope caller;

    public ClusterResource(ClusterService clusters, CallerScope caller) {
        this.clusters = clusters;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Các khối thi đua trong phạm vi, theo xã, phường và năm / Emulation clusters in scope, by commune or ward and year")
    public PageResponse<ClusterView> list(@QueryParam("communeId") UUID communeId, @QueryParam("year") Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return clusters.list(caller, communeId, year, page, size).map(ClusterView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một khối thi đua / One emulation cluster")
    public ClusterView get(@PathParam("id") UUID id) {
        return ClusterView.of(clusters.get(caller, id));
    }

    @POST
    @Operation(summary = "Lập khối thi đua của một năm (quản trị, văn phòng của xã, phường) / Create a year's emulation cluster (administrator, commune or ward office)")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterView.class)))
    public Response create(@Valid @NotNull CreateClusterRequest request) {
        ClusterView created = ClusterView.of(clusters.create(caller, request.toFields()));
        return Response.created(URI.create("/api/v1/clusters/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Sửa tên, năm, trưởng khối, phó khối, thành viên / Change name, year, head, deputy, members")
    public ClusterView update(@PathParam("id") UUID id, @Valid @NotNull UpdateClusterRequest request) {
        return ClusterView.of(clusters.update(caller, id, request.toFields()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Xoá khối thi đua / Delete an emulation cluster")
    @APIResponse(responseCode = "204", description = "Đã xóa / deleted")
    public void delete(@PathParam("id") UUID id) {
        clusters.delete(caller, id);
    }
}
