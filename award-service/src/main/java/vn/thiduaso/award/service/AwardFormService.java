package vn.thiduaso.award.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardLevel;
import vn.thiduaso.award.domain.RecipientKind;
import vn.thiduaso.award.messaging.AwardFormEvents;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/** The award-form catalogue (hình thức khen thưởng): read by everyone, maintained by administrators. */
@ApplicationScoped
public class AwardFormService {

    /**
     * What an administrator sets on a form; null {@code decidingLevel}, {@code rank} or {@code active}
     * on create mean the defaults (the form's level, after the last form, active).
     */
    public record AwardFormChange(String code, String name, AwardLevel level, AwardLevel decidingLevel,
            Set<RecipientKind> recipientKinds, Integer rank, Boolean active) {
    }

    private final AwardFormRepository forms;
    private final IdempotencyKeys idempotency;
    private final AwardFormEvents events;
    private final AccessPolicy policy;

    public AwardFormService(AwardFormRepository forms, IdempotencyKeys idempotency, AwardFormEvents events,
            AccessPolicy policy) {
        this.forms = forms;
        this.idempotency = idempotency;
        this.events = events;
        this.policy = policy;
    }

    @Transactional
    public PageResponse<AwardForm> list(CallerScope caller, Boolean active, int page, int size) {
        policy.require(caller, Action.READ_FORMS, Target.CATALOGUE);
        PanacheQuery<AwardForm> query = forms.byRank(active).page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }

    @Transactional
    public AwardForm get(CallerScope caller, UUID id) {
        policy.require(caller, Action.READ_FORMS, Target.CATALOGUE);
        return find(id);
    }

    /**
     * Adds a form and announces it (AwardFormUpserted); a retry with the same {@code Idempotency-Key}
     * returns the form the first request made.
     */
    @Transactional
    public AwardForm create(CallerScope caller, AwardFormChange request, String idempotencyKey) {
        policy.require(caller, Action.MANAGE_FORMS, Target.CATALOGUE);
        Optional<IdempotencyKeys.Claim> claim = idempotency.claim(caller, "POST /api/v1/award-forms", idempotencyKey,
                request.toString());
        if (claim.isPresent() && claim.get().replayOf() != null) {
            return get(caller, claim.get().replayOf());
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
        events.upserted(form);
        claim.ifPresent(c -> idempotency.remember(c, form.id));
        return form;
    }

    /** Replaces the form (409 when {@code version} is stale) and announces it; a changed code retires the old one. */
    @Transactional
    public AwardForm update(CallerScope caller, UUID id, long version, AwardFormChange request) {
        policy.require(caller, Action.MANAGE_FORMS, Target.CATALOGUE);
        AwardForm form = find(id);
        if (version != form.version) {
            throw new ConflictException(
                    "Hình thức khen thưởng đã được thay đổi (phiên bản " + form.version + "); hãy tải lại rồi thử lại");
        }
        String code = request.code().trim();
        String oldCode = form.code;
        if (!code.equals(oldCode)) {
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
        if (!code.equals(oldCode)) {
            events.retired(form, oldCode);
        }
        events.upserted(form);
        return form;
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
