package vn.thiduaso.award.api;


import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.CertificateDtos.LayoutRequest;
import vn.thiduaso.award.api.CertificateDtos.LayoutView;
import vn.thiduaso.award.service.CertificateService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

/**
 * In phôi giấy khen: layouts per form. The certificates themselves are printed under the award record
 * ({@link AwardRecordResource}) and the decision ({@link DecisionResource}): a class path {@code /api/v1} would
 * lose to those classes' longer paths and answer 404.
 */
@Path("/api/v1/certificate-layouts")
@Tag(name = "In phôi giấy khen / Certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CertificateResource {

    private final CertificateService certificates;
    private final CallerScope caller;

    public CertificateResource(CertificateService certificates, CallerScope caller) {
        this.certificates = certificates;
        this.caller = caller;
    }

    @PUT
    @Path("/{formCode}")
    @Operation(summary = "Đặt vị trí in phôi của một hình thức / Set a form's certificate layout",
            description = "Văn phòng xã, cho xã của mình. Tọa độ (mm) tính từ góc trên bên trái trang; cỡ chữ (pt). Gửi version"
                    + " đã đọc khi sửa (409 nếu cũ). Positions in mm from the page's top-left corner.")
    public LayoutView putCertificateLayout(@PathParam("formCode") String formCode,
            @Valid @NotNull(message = "Cần nội dung mẫu in phôi") LayoutRequest request) {
        return LayoutView.of(certificates.put(caller, formCode, request.toCommand()));
    }

    @GET
    @Operation(summary = "Các mẫu in phôi trong phạm vi / Certificate layouts in scope")
    public PageResponse<LayoutView> listCertificateLayouts() {
        return certificates.list(caller).map(LayoutView::of);
    }
}
