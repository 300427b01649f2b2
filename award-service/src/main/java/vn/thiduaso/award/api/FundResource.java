package vn.thiduaso.award.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.FundDtos.FundEntryRequest;
import vn.thiduaso.award.api.FundDtos.FundEntryView;
import vn.thiduaso.award.api.FundDtos.FundView;
import vn.thiduaso.award.service.FundService;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/funds/{communeId}/{year}")
@Tag(name = "Quỹ thi đua, khen thưởng / Reward fund")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class FundResource {

    private final FundService funds;
    private final CallerScope caller;

    public FundResource(FundService funds, CallerScope caller) {
        this.funds = funds;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Sổ quỹ thi đua, khen thưởng của xã trong năm / A commune's reward fund for a year",
            description = "Văn phòng, lãnh đạo xã; Ban cấp trên được xem. committedVnd = tổng tiền thưởng đã quyết định, chưa hủy;"
                    + " budgetedVnd = dự toán + điều chỉnh; balanceVnd = budgetedVnd − paidVnd.")
    public FundView getFund(@PathParam("communeId") UUID communeId,
            @PathParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") int year) {
        return FundView.of(funds.get(caller, communeId, year));
    }

    @POST
    @Path("/entries")
    @Operation(summary = "Ghi một dòng sổ quỹ (dự toán, chi, điều chỉnh) / Book a fund entry",
            description = "Văn phòng xã. Khoản chi gắn với một khen thưởng phải là khen thưởng của xã này (400 awardRecordId).")
    @APIResponse(responseCode = "201", description = "Đã ghi / booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundEntryView.class)))
    public Response addFundEntry(@PathParam("communeId") UUID communeId,
            @PathParam("year") @Min(value = 2000, message = "Năm từ 2000 đến 2100") @Max(value = 2100, message = "Năm từ 2000 đến 2100") int year,
            @Valid @NotNull(message = "Cần nội dung dòng sổ quỹ") FundEntryRequest request) {
        FundEntryView created = FundEntryView.of(funds.add(caller, communeId, year, request.toCommand()));
        return Response.created(URI.create("/api/v1/funds/" + communeId + "/" + year)).entity(created).build();
    }
}
