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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.PostingDtos.CreatePostingRequest;
import vn.thiduaso.award.api.PostingDtos.PostingView;
import vn.thiduaso.award.service.PostingService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** Công khai: the office posts a round's passed nominations; the commune's people read postings with objections. */
@Path("/api/v1/public-postings")
@Tag(name = "Công khai / Public postings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicPostingResource {

    private final PostingService postings;
    private final CallerScope caller;

    public PublicPostingResource(PostingService postings, CallerScope caller) {
        this.postings = postings;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(summary = "Công khai danh sách hồ sơ được Hội đồng thông qua / Post passed nominations publicly",
            description = "Phòng VH-XH của xã. Không gửi nominationIds: mọi hồ sơ PASSED của đợt. Thời hạn công khai ="
                    + " số ngày làm việc lớn nhất theo quy định của các hồ sơ, từ ngày làm việc kế tiếp.")
    @APIResponse(responseCode = "201", description = "Đã công khai / posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    public Response createPosting(@Valid @NotNull(message = "Cần nội dung công khai") CreatePostingRequest request) {
        PostingView created = PostingView.of(postings.create(caller, request.roundId(), request.title(), request.nominationIds()));
        return Response.created(URI.create("/api/v1/public-postings/" + created.id())).entity(created).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Các đợt công khai trong phạm vi, kèm ý kiến phản ánh / Postings in scope with objections")
    public PageResponse<PostingView> listPostings(@QueryParam("roundId") UUID roundId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Số trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Mỗi trang từ 1 đến 100 mục") @Max(value = 100, message = "Mỗi trang từ 1 đến 100 mục") int size) {
        return postings.list(caller, roundId, page, size).map(PostingView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một đợt công khai kèm ý kiến phản ánh / One posting with its objections")
    public PostingView getPosting(@PathParam("id") UUID id) {
        return PostingView.of(postings.get(caller, id));
    }
}
