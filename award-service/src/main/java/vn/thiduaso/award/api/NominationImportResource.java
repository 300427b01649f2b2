package vn.thiduaso.award.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.NominationDtos.ImportResult;
import vn.thiduaso.award.service.NominationImportService;
import vn.thiduaso.platform.file.FileRules;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;

/** Nominees of a round from an XLSX sheet: the template and the all-or-nothing import. */
@Path("/api/v1/award-rounds/{roundId}/nominations")
@Tag(name = "Hồ sơ đề nghị khen thưởng / Nominations")
@Authenticated
public class NominationImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final NominationImportService imports;
    private final CallerScope caller;

    public NominationImportResource(NominationImportService imports, CallerScope caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("/import-template")
    @Produces(XLSX)
    @Operation(summary = "Tải mẫu Excel nhập danh sách đề nghị / Download the import template")
    @APIResponse(responseCode = "200", description = "Mẫu XLSX / the template",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getNominationImportTemplate(@PathParam("roundId") UUID roundId) {
        return Downloads.file(imports.template(caller, roundId), XLSX, "mau-de-nghi-khen-thuong.xlsx").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nhập danh sách đề nghị từ Excel (tất cả hoặc không) / Import nominations from XLSX",
            description = "Trường multipart file (và nominatingUnitId cho Phòng nhập thay đơn vị). Mỗi dòng thành một hồ sơ "
                    + "dự thảo; có lỗi thì không tạo hồ sơ nào và trả 400 với errors[].field = \"row 3: nominee.dateOfBirth\".")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    public Response importNominations(@PathParam("roundId") UUID roundId, @RestForm("file") FileUpload file,
            @RestForm("nominatingUnitId") UUID nominatingUnitId) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidFieldException("file", "Cần chọn tệp Excel");
        }
        if (file.size() > FileRules.MAX_BYTES) {
            throw new InvalidFieldException("file", "Tệp lớn hơn 20 MB");
        }
        List<UUID> ids = imports.importSheet(caller, roundId, nominatingUnitId, file.uploadedFile());
        return Response.status(201).entity(new ImportResult(ids.size(), ids)).build();
    }
}
