package vn.thiduaso.plan.api;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.plan.service.AuditService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.audit.AuditTrail;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/audit")
@Tag(name = "Nhật ký thay đổi / Audit log")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AuditResource {

    private final AuditService audit;
    private final CallerScope caller;

    public AuditResource(AuditService audit, CallerScope caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Ai đã thay đổi gì, khi nào (mới nhất trước); trường trước/sau của mỗi thay đổi / Who changed what and when (newest first), with each change's before and after")
    public PageResponse<AuditTrail.Entry> search(@QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId, @QueryParam("actor") String actor,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return audit.search(caller, new AuditTrail.Filter(blank(objectType), blank(objectId), blank(actor), from, to),
                page, size);
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
