package vn.thiduaso.plan.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.service.MovementService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

@Path("/api/v1/movements")
@Tag(name = "Phong trào thi đua / Movements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovementResource {

    public record Document(String number, LocalDate date, String issuer) {
    }

    public record MovementResponse(UUID id, String name, Movement.Level level, Document launchingDocument,
            String scope, Integer startYear, Integer endYear, Movement.Method method, List<Movement.Phase> phases,
            UUID parentMovementId, UUID ownerUnitId, long version) {

        static MovementResponse of(Movement m) {
            return new MovementResponse(m.id, m.name, m.level,
                    new Document(m.documentNumber, m.documentDate, m.documentIssuer), m.scope, m.startYear, m.endYear,
                    m.method, m.phases, m.parentMovementId, m.ownerUnitId, m.version);
        }
    }

    public record DocumentRequest(@Size(max = 100, message = "Số văn bản tối đa 100 ký tự") String number,
            LocalDate date, @Size(max = 300, message = "Cơ quan ban hành tối đa 300 ký tự") String issuer) {
    }

    public record MovementRequest(@Size(max = 500, message = "Tên phong trào tối đa 500 ký tự") String name,
            Movement.Level level, @Valid DocumentRequest launchingDocument,
            @Size(max = 20000, message = "Tối đa 20000 ký tự") String scope,
            @Min(value = 2000, message = "Năm không hợp lệ") @Max(value = 2100, message = "Năm không hợp lệ") Integer startYear,
            @Min(value = 2000, message = "Năm không hợp lệ") @Max(value = 2100, message = "Năm không hợp lệ") Integer endYear,
            Movement.Method method, @Size(max = 20, message = "Tối đa 20 giai đoạn") List<Movement.Phase> phases,
            UUID parentMovementId, UUID ownerUnitId, Long version) {

        MovementService.MovementInput input() {
            DocumentRequest d = launchingDocument;
            return new MovementService.MovementInput(name, level, d == null ? null : d.number(),
                    d == null ? null : d.date(), d == null ? null : d.issuer(), scope, startYear, endYear, method,
                    phases, parentMovementId, ownerUnitId);
        }
    }

    private final MovementService movements;
    private final CallerScope caller;

    public MovementResource(MovementService movements, CallerScope caller) {
        this.movements = movements;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Danh sách phong trào thi đua / Emulation movements")
    public PageResponse<MovementResponse> list(@QueryParam("q") String q, @QueryParam("level") Movement.Level level,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return movements.list(q, level, page, size).map(MovementResponse::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Chi tiết phong trào thi đua / An emulation movement")
    public MovementResponse get(@PathParam("id") UUID id) {
        return MovementResponse.of(movements.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE })
    @Operation(summary = "Tạo phong trào (quản trị; văn phòng: phong trào cấp xã của đơn vị mình) / Create a movement (administrator; office: a commune movement of its own unit)")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementResponse.class)))
    public Response create(@Valid @NotNull(message = "Cần nội dung phong trào") MovementRequest request) {
        MovementResponse created = MovementResponse.of(movements.create(caller, request.input()));
        return Response.created(URI.create("/api/v1/movements/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE })
    @Operation(summary = "Sửa phong trào (cần version; 409 nếu đã cũ) / Change a movement (version required; 409 when stale)")
    public MovementResponse update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung sửa") MovementRequest request) {
        if (request.version() == null) {
            throw new vn.thiduaso.platform.problem.InvalidFieldException("version", "Cần phiên bản hiện tại");
        }
        return MovementResponse.of(movements.update(caller, id, request.version(), request.input()));
    }
}
