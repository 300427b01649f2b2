package vn.thiduaso.platform.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/**
 * The dead letters of this service (every service has the same endpoint, from the platform): list
 * them, and replay one through its original handler once the cause is fixed. Administrators only.
 */
@Path("/api/v1/admin/dead-letters")
@Tag(name = "Quản trị / Administration")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final CallerScope caller;

    public DeadLetterResource(DeadLetters deadLetters, CallerScope caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Danh sách bản ghi không xử lý được (dlt) / List the dead letters",
            description = "Quản trị hệ thống. Mới nhất trước; đọc tối đa thiduaso.platform.consumer.dead-letter-scan-limit "
                    + "bản ghi mới nhất mỗi phân vùng. Administrators; newest first.")
    @APIResponse(responseCode = "200", description = "Một trang bản ghi / one page of dead letters")
    public PageResponse<DeadLetter> listDeadLetters(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return deadLetters.list(caller, page, size);
    }

    @GET
    @Path("/{partition}/{offset}")
    @Authenticated
    @Operation(summary = "Xem một bản ghi không xử lý được / Read one dead letter")
    @APIResponse(responseCode = "200", description = "Bản ghi / the dead letter")
    @APIResponse(responseCode = "404", description = "Không có bản ghi ở vị trí này / no dead letter there")
    public DeadLetter getDeadLetter(
            @Parameter(description = "Phân vùng trên chủ đề dlt / partition") @PathParam("partition") @Min(0) int partition,
            @Parameter(description = "Vị trí trên chủ đề dlt / offset") @PathParam("offset") @Min(0) long offset) {
        return deadLetters.get(caller, partition, offset);
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Authenticated
    @Operation(summary = "Phát lại một bản ghi sau khi đã sửa nguyên nhân / Replay a dead letter once the cause is fixed",
            description = "Quản trị hệ thống. Chạy lại đúng bộ xử lý của chủ đề gốc. Lặp lại không đổi gì thêm và trả "
                    + "kết quả lần đầu. Administrators; idempotent: a second replay answers the first result.")
    @APIResponse(responseCode = "200", description = "Kết quả phát lại (lần đầu) / the (first) replay result")
    @APIResponse(responseCode = "404", description = "Không có bản ghi ở vị trí này / no dead letter there")
    @APIResponse(responseCode = "409", description = "Dịch vụ không đọc chủ đề gốc / no consumer of the original topic")
    @APIResponse(responseCode = "422", description = "Bản ghi vẫn lỗi / the record still fails (not recorded)")
    public DeadLetterReplay replayDeadLetter(
            @Parameter(description = "Phân vùng trên chủ đề dlt / partition") @PathParam("partition") @Min(0) int partition,
            @Parameter(description = "Vị trí trên chủ đề dlt / offset") @PathParam("offset") @Min(0) long offset) {
        return deadLetters.replay(caller, partition, offset);
    }
}
