package vn.thiduaso.award.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.PostingDtos.ObjectionView;
import vn.thiduaso.award.api.PostingDtos.ResolutionRequest;
import vn.thiduaso.award.service.PostingService;
import vn.thiduaso.platform.security.CallerScope;

/** How the office resolved a citizen's objection. */
@Path("/api/v1/objections")
@Tag(name = "Công khai / Public postings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    private final PostingService postings;
    private final CallerScope caller;

    public ObjectionResource(PostingService postings, CallerScope caller) {
        this.postings = postings;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/resolution")
    @Authenticated
    @Operation(summary = "Ghi kết quả xử lý ý kiến phản ánh / Record how an objection was resolved",
            description = "Phòng VH-XH của xã; mỗi ý kiến xử lý một lần (409 nếu đã xử lý).")
    public ObjectionView resolveObjection(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần kết quả xử lý") ResolutionRequest request) {
        return ObjectionView.of(postings.resolve(caller, id, request.upheld(), request.resolution()));
    }
}
