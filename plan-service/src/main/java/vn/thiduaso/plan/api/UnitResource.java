package vn.thiduaso.plan.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.plan.api.DirectoryDtos.CreateUnitRequest;
import vn.thiduaso.plan.api.DirectoryDtos.UnitView;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

@Path("/api/v1/units")
@Tag(name = "Đơn vị / Units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final DirectoryService directory;
    private final CallerScope caller;

    public UnitResource(DirectoryService directory, CallerScope caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Các đơn vị trong phạm vi của người gọi (tìm không dấu theo tên)")
    public PageResponse<UnitView> list(@QueryParam("kind") UnitKind kind, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.listUnits(caller, kind, q, page, size);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một đơn vị")
    public UnitView get(@PathParam("id") UUID id) {
        return directory.getUnit(caller, id);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE })
    @Operation(summary = "Thêm đơn vị trực thuộc một đơn vị trong phạm vi")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @NotNull CreateUnitRequest request) {
        UnitView created = directory.createUnit(caller, request, idempotencyKey);
        return Response.created(URI.create("/api/v1/units/" + created.id())).entity(created).build();
    }
}
