package vn.thiduaso.award.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.award.api.AwardFormDtos.AwardFormView;
import vn.thiduaso.award.api.AwardFormDtos.CreateAwardFormRequest;
import vn.thiduaso.award.api.AwardFormDtos.UpdateAwardFormRequest;
import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.security.CallerScope;

/** The award-form catalogue (hình thức khen thưởng): read by everyone, maintained by administrators. */
@ApplicationScoped
public class AwardFormService {

    private final AwardFormRepository forms;
    private final IdempotencyKeys idempotency;

    public AwardFormService(AwardFormRepository forms, IdempotencyKeys idempotency) {
        this.forms = forms;
        this.idempotency = idempotency;
    }

    @Transactional
    public PageResponse<AwardFormView> list(Boolean active, int page, int size) {
        PanacheQuery<AwardForm> query = forms.byRank(active).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(AwardFormView::of).toList(), page, size, query.count());
    }

    @Transactional
    public AwardFormView get(UUID id) {
        return AwardFormView.of(find(id));
    }

    /** Adds a form; a retry with the same {@code Idempotency-Key} returns the form the first request made. */
    @Transactional
    public AwardFormView create(CallerScope caller, CreateAwardFormRequest request, String idempotencyKey) {
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, "POST /api/v1/award-forms", idempotencyKey,
                request.toString());
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return get(claim.get().replayOf());
        }
        String code = request.code().trim();
        requireFreeCode(code);
        AwardForm form = new AwardForm();
        form.id = UUID.randomUUID();
        form.code = code;
        form.name = request.name().trim();
        form.level = request.level();
        form.decidingLevel = request.decidingLevel() != null ? request.decidingLevel() : request.level();
        form.recipientKinds = EnumSet.copyOf(request.recipientKinds());
        form.rank = request.rank() != null ? request.rank() : forms.nextRank();
        form.active = request.active() == null || request.active();
        form.createdAt = Instant.now();
        form.updatedAt = form.createdAt;
        form.updatedBy = caller.username();
        forms.persist(form);
        flushCatalogue(code);
        claim.ifPresent(c -> idempotency.remember(c, form.id));
        return AwardFormView.of(form);
    }

    @Transactional
    public AwardFormView update(CallerScope caller, UUID id, UpdateAwardFormRequest request) {
        AwardForm form = find(id);
        if (request.version() != form.version) {
            throw new ConflictException(
                    "Hình thức khen thưởng đã được thay đổi (phiên bản " + form.version + "); hãy tải lại rồi thử lại");
        }
        String code = request.code().trim();
        if (!code.equals(form.code)) {
            requireFreeCode(code);
        }
        form.code = code;
        form.name = request.name().trim();
        form.level = request.level();
        form.decidingLevel = request.decidingLevel();
        form.recipientKinds.clear();
        form.recipientKinds.addAll(request.recipientKinds());
        form.rank = request.rank();
        form.active = request.active();
        form.updatedAt = Instant.now();
        form.updatedBy = caller.username();
        // Flush here so that a concurrent change surfaces as 409 (optimistic lock) and the new version is returned.
        flushCatalogue(code);
        return AwardFormView.of(form);
    }

    private AwardForm find(UUID id) {
        return forms.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy hình thức khen thưởng"));
    }

    /** Two administrators saving the same code at once: the unique constraint decides, the loser gets 409. */
    private void flushCatalogue(String code) {
        try {
            forms.flush();
        } catch (ConstraintViolationException e) {
            throw new ConflictException("Đã có hình thức khen thưởng với mã " + code);
        }
    }

    private void requireFreeCode(String code) {
        if (forms.findByCode(code).isPresent()) {
            throw new ConflictException("Đã có hình thức khen thưởng với mã " + code);
        }
    }
}
