package vn.thiduaso.award.api;

import vn.thiduaso.award.service.CertificateService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.thiduaso.award.api.AwardRecordDtos.AwardRecordView;
import vn.thiduaso.award.api.AwardRecordDtos.ImportAwardRecordRequest;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.repository.AwardRecordRepository;
import vn.thiduaso.award.service.AwardRecordService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/award-records")
@Tag(name = "Tra cứu khen thưởng / Award history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardRecordResource {

    private final AwardRecordService records;
    private final CertificateService certificates;
    private final CallerScope caller;

    public AwardRecordResource(AwardRecordService records, CertificateService certificates, CallerScope caller) {
        this.records = records;
        this.certificates = certificates;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Tra cứu khen thưởng theo người, tập thể, đơn vị, hình thức, phong trào, năm / Search the award history",
            description = "q không phân biệt dấu; mặc định không gồm khen thưởng đã hủy.")
    public PageResponse<AwardRecordView> searchAwardRecords(
            @QueryParam("q") @Size(max = 200, message = "Từ khóa tối đa 200 ký tự") String q,
            @QueryParam("nomineeKind") NomineeKind nomineeKind,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("formCode") String formCode,
            @QueryParam("movement") @Size(max = 200, message = "Từ khóa phong trào tối đa 200 ký tự") String movement,
            @QueryParam("year") @Min(value = 1945, message = "Năm từ 1945 đến 2100") @Max(value = 2100, message = "Năm từ 1945 đến 2100") Integer year,
            @QueryParam("includeAnnulled") @DefaultValue("false") boolean includeAnnulled,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return records.search(caller, new AwardRecordRepository.Search(q, nomineeKind, unitId, formCode, movement, year,
                includeAnnulled), page, size).map(AwardRecordView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một khen thưởng / One award record")
    public AwardRecordView getAwardRecord(@PathParam("id") UUID id) {
        return AwardRecordView.of(records.get(caller, id));
    }

    @POST
    @Authenticated
    @Operation(summary = "Nhập khen thưởng đã quyết định trước khi dùng hệ thống / Import an award decided before the system")
    @APIResponse(responseCode = "201", description = "Đã nhập / imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardRecordView.class)))
    public Response importAwardRecord(@Valid @NotNull(message = "Cần nội dung khen thưởng") ImportAwardRecordRequest request) {
        AwardRecordView created = AwardRecordView.of(records.importPast(caller, request.toPast()));
        return Response.created(URI.create("/api/v1/award-records/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}/certificate")
    @Produces("application/pdf")
    @Authenticated
    @Tag(name = "In phôi giấy khen / Certificates")
    @Operation(summary = "In giấy khen của một khen thưởng (PDF) / Print one award's certificate",
            description = "Chỉ các ô chữ, đặt theo mẫu in phôi; tên dài tự xuống dòng trong độ rộng ô. Only the field values, at"
                    + " the layout's positions; long names wrap within the box width.")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printAwardCertificate(@PathParam("id") UUID id) {
        CertificateService.Printed p = certificates.ofRecord(caller, id);
        return Downloads.file(p.pdf(), "application/pdf", p.fileName()).build();
    }
}
