package vn.thiduaso.notification.service;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.Language;
import vn.thiduaso.notification.service.DeadlineMails.RenderedMail;

/**
 * Renders the mails of the reporting cycle (reminder, overdue, escalation, returned, manual
 * reminder, digest) and their inbox texts from the Qute templates in {@code templates/mail/}: the
 * recipient's language first and the other after it, as plain text and as HTML.
 */
@ApplicationScoped
public class NotificationMails {

    /** A mail and the short text of its inbox item, in the recipient's language. */
    public record Rendered(RenderedMail mail, String inboxTitle, String inboxBody) {
    }

    private final Engine engine;
    private final Template layout;

    public NotificationMails(Engine engine, @Location("mail/layout.html") Template layout) {
        this.engine = engine;
        this.layout = layout;
    }

    /** {@code data}: the variables of the kind's templates (see the parameter declarations there). */
    public Rendered render(EmailKind kind, Language language, Map<String, Object> data) {
        Map<String, Object> values = new HashMap<>(data);
        values.put("kind", kind.name());
        boolean viFirst = language != Language.EN;
        boolean award = award(kind, values);
        String base = award ? (kind.awardStep() ? "award-step" : "award-deadline") : base(kind);
        String subject = oneLine(render("mail/" + (award ? "award-subject-" : "subject-") + code(viFirst) + ".txt", values));
        String vi = render("mail/" + base + "-vi.txt", values).strip();
        String en = render("mail/" + base + "-en.txt", values).strip();
        String text = (viFirst ? vi + DeadlineMails.TEXT_BREAK + en : en + DeadlineMails.TEXT_BREAK + vi) + "\n";
        String viHtml = render("mail/" + base + "-vi.html", values);
        String enHtml = render("mail/" + base + "-en.html", values);
        String html = layout.data("title", subject)
                .data("lang", viFirst ? "vi" : "en")
                .data("first", viFirst ? viHtml : enHtml)
                .data("second", viFirst ? enHtml : viHtml)
                .render();
        String body = kind == EmailKind.DIGEST ? "" : inbox(kind, language, values);
        return new Rendered(new RenderedMail(subject, text, html), subject, body);
    }

    /** The one-sentence inbox text of a notification, in the user's language. */
    public String inbox(EmailKind kind, Language language, Map<String, Object> data) {
        Map<String, Object> values = new HashMap<>(data);
        values.put("kind", kind.name());
        String prefix = award(kind, values) ? "mail/award-inbox-" : "mail/inbox-";
        return oneLine(render(prefix + code(language != Language.EN) + ".txt", values));
    }

    /**
     * The award cycle's mails (award-*.txt/html): a step of a nomination, or a reminder about a
     * round's or a ballot's deadline (the deadline's {@code source}); the report templates stay as they were.
     */
    private static boolean award(EmailKind kind, Map<String, Object> values) {
        if (kind.awardStep()) {
            return true;
        }
        Object source = values.get("source");
        return kind != EmailKind.DIGEST && source != null && !"REPORT".equals(source);
    }

    private String render(String id, Map<String, Object> values) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("mail template " + id + " is missing");
        }
        TemplateInstance instance = template.instance();
        values.forEach(instance::data);
        return instance.render();
    }

    private static String base(EmailKind kind) {
        return switch (kind) {
            case REMINDER, MANUAL_REMINDER -> "reminder";
            case OVERDUE -> "overdue";
            case ESCALATION -> "escalation";
            case RETURNED -> "returned";
            case DIGEST -> "digest";
            case DEADLINE_ANNOUNCEMENT -> throw new IllegalArgumentException("announcements use DeadlineMails");
            default -> throw new IllegalArgumentException(kind + " is an award mail (award-step templates)");
        };
    }

    private static String code(boolean vi) {
        return vi ? "vi" : "en";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
