package vn.thiduaso.award.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import vn.thiduaso.award.api.PostingDtos.HonourView;
import vn.thiduaso.award.api.PostingDtos.ObjectionReceipt;
import vn.thiduaso.award.api.PostingDtos.ObjectionRequest;
import vn.thiduaso.award.api.PostingDtos.PublicCommuneView;
import vn.thiduaso.award.api.PostingDtos.PublicPostingView;
import vn.thiduaso.award.domain.Objection;
import vn.thiduaso.award.service.PostingService;
import vn.thiduaso.platform.paging.PageResponse;

/**
 * The public side, without login: the communes with public postings or awards, the postings (no
 * objections, no personal data beyond name, position, unit and achievements), the objection form and
 * the honours board. Nothing here shows a nomination that was not posted or an award not decided.
 */
@Path("/api/v1/public")
@Tag(name = "Trang công khai / Public pages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
public class PublicResource {

    private static final String PAGE = "Số trang bắt đầu từ 0";
    private static final String SIZE = "Mỗi trang từ 1 đến 100 mục";

    private final PostingService postings;

    public PublicResource(PostingService postings) {
        this.postings = postings;
    }

    @GET
    @Path("/communes")
    @Operation(summary = "Các xã có công khai hoặc khen thưởng / Communes with public postings or awards")
    public PageResponse<PublicCommuneView> listPublicCommunes(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = PAGE) int page,
            @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = SIZE) @Max(value = 100, message = SIZE) int size) {
        var all = postings.publicCommunes();
        var items = all.stream().skip((long) page * size).limit(size).map(PublicCommuneView::of).toList();
        return new PageResponse<>(items, page, size, all.size());
    }

    @GET
    @Path("/postings")
    @Operation(summary = "Danh sách công khai của một xã / A commune's public postings",
            description = "commune = mã đơn vị của xã; không có: mọi xã. Không kèm ý kiến phản ánh.")
    public PageResponse<PublicPostingView> listPublicPostings(@QueryParam("commune") String commune,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = SIZE) @Max(value = 100, message = SIZE) int size) {
        return postings.publicList(commune, page, size).map(PublicPostingView::of);
    }

    @GET
    @Path("/postings/{id}")
    @Operation(summary = "Một danh sách công khai / One public posting")
    public PublicPostingView getPublicPosting(@PathParam("id") UUID id) {
        return PublicPostingView.of(postings.publicGet(id));
    }

    @POST
    @Path("/postings/{id}/objections")
    @Operation(summary = "Gửi ý kiến phản ánh về danh sách công khai / Send an objection to a posting",
            description = "Chỉ trong thời hạn công khai (409 sau đó). Mỗi địa chỉ gửi tối đa 5 ý kiến một giờ"
                    + " (429 kèm Retry-After); chỉ lưu mã băm SHA-256 của địa chỉ.")
    @APIResponse(responseCode = "201", description = "Đã nhận / received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectionReceipt.class)))
    @APIResponse(responseCode = "429", description = "Gửi quá nhiều / too many objections from this address")
    public Response submitObjection(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung phản ánh") ObjectionRequest request, @Context HttpServerRequest http) {
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        Objection o = postings.object(id, request.nominationId(), request.name(), request.contact(), request.text(), address);
        return Response.created(URI.create("/api/v1/public/postings/" + id + "/objections/" + o.id))
                .entity(new ObjectionReceipt(o.id, o.receivedAt)).build();
    }

    @GET
    @Path("/honours")
    @Operation(summary = "Bảng vinh danh của một xã / A commune's honours board",
            description = "Khen thưởng đã quyết định, chưa bị hủy; commune = mã đơn vị của xã, year tùy chọn.")
    public PageResponse<HonourView> listHonours(
            @QueryParam("commune") @NotBlank(message = "Cần chọn xã (mã đơn vị)") String commune,
            @QueryParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = SIZE) @Max(value = 100, message = SIZE) int size) {
        return postings.honours(commune, year, page, size).map(HonourView::of);
    }
}
