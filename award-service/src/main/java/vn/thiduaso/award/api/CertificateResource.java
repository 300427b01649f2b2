package vn.thiduaso.award.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.CertificateDtos.LayoutRequest;
import vn.thiduaso.award.api.CertificateDtos.LayoutView;
import vn.thiduaso.award.service.CertificateService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/** In phôi giấy khen: layouts per form and the certificates of decided awards as PDF. */
@Path("/api/v1")
@Tag(name = "In phôi giấy khen / Certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CertificateResource {

    private static final String PDF = "application/pdf";

    private final CertificateService certificates;
    private final CallerScope caller;

    public CertificateResource(CertificateService certificates, CallerScope caller) {
        this.certificates = certificates;
        this.caller = caller;
    }

    @PUT
    @Path("/certificate-layouts/{formCode}")
    @Operation(summary = "Đặt vị trí in phôi của một hình thức / Set a form's certificate layout",
            description = "Văn phòng xã, cho xã của mình. Tọa độ (mm) tính từ góc trên bên trái trang; cỡ chữ (pt). Gửi version"
                    + " đã đọc khi sửa (409 nếu cũ). Positions in mm from the page's top-left corner.")
    public LayoutView putCertificateLayout(@PathParam("formCode") String formCode,
            @Valid @NotNull(message = "Cần nội dung mẫu in phôi") LayoutRequest request) {
        return LayoutView.of(certificates.put(caller, formCode, request.toCommand()));
    }

    @GET
    @Path("/certificate-layouts")
    @Operation(summary = "Các mẫu in phôi trong phạm vi / Certificate layouts in scope")
    public PageResponse<LayoutView> listCertificateLayouts() {
        return certificates.list(caller).map(LayoutView::of);
    }

    @GET
    @Path("/award-records/{id}/certificate")
    @Produces(PDF)
    @Operation(summary = "In giấy khen của một khen thưởng (PDF) / Print one award's certificate",
            description = "Chỉ các ô chữ, đặt theo mẫu in phôi; tên dài tự xuống dòng trong độ rộng ô. Only the field values, at"
                    + " the layout's positions; long names wrap within the box width.")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printAwardCertificate(@PathParam("id") UUID id) {
        CertificateService.Printed p = certificates.ofRecord(caller, id);
        return Response.ok(p.pdf(), PDF).header("Content-Disposition", ContentDisposition.attachment(p.fileName())).build();
    }

    @GET
    @Path("/decisions/{id}/certificates")
    @Produces(PDF)
    @Operation(summary = "In giấy khen của một quyết định, mỗi người một trang / Print a decision's certificates",
            description = "Quyết định đã ký của xã; mỗi người/tập thể được khen một trang. One page per recipient.")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printDecisionCertificates(@PathParam("id") UUID id) {
        CertificateService.Printed p = certificates.ofDecision(caller, id);
        return Response.ok(p.pdf(), PDF).header("Content-Disposition", ContentDisposition.attachment(p.fileName())).build();
    }
}
