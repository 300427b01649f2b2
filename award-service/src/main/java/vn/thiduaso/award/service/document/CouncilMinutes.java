package vn.thiduaso.award.service.document;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.domain.council.SessionStatus;
import vn.thiduaso.award.service.CouncilService;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.security.CallerScope;

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng as DOCX or PDF in the ND30 layout, drawn by the
 * platform's renderer. Printed after the close; who may read the session may print it.
 */
@ApplicationScoped
public class CouncilMinutes {

    private final CouncilService council;

    public CouncilMinutes(CouncilService council) {
        this.council = council;
    }

    @Transactional
    public RenderedDocument render(CallerScope caller, UUID sessionId, RenderedDocument.Format format) {
        CouncilService.SessionDetail detail = council.get(caller, sessionId);
        if (detail.session().status != SessionStatus.CLOSED) {
            throw new ConflictException("Biên bản chỉ có sau khi Chủ tịch Hội đồng kết thúc biểu quyết");
        }
        var document = new CouncilMinutesLayout(detail).official();
        return RenderedDocument.render(document, format, "bien-ban-hop-hoi-dong-" + sessionId.toString().substring(0, 8));
    }
}
