package vn.thiduaso.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.Language;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Renders the announcement of a deadline from the Qute templates in {@code templates/mail/}: the
 * user's language first, the other one after it, as plain text and as HTML.
 */
@ApplicationScoped
public class DeadlineMails {

    /** Subject, plain text and HTML of one mail. */
    public record RenderedMail(String subject, String text, String html) {
    }

    static final String TEXT_BREAK = "\n\n------------------------------------------------------------\n\n";

    private final Template subjectVi;
    private final Template subjectEn;
    private final Template textVi;
    private final Template textEn;
    private final Template htmlVi;
    private final Template htmlEn;
    private final Template htmlLayout;
    private final NotificationConfig config;

    public DeadlineMails(
            @Location("mail/deadline-announcement-subject-vi.txt") Template subjectVi,
            @Location("mail/deadline-announcement-subject-en.txt") Template subjectEn,
            @Location("mail/deadline-announcement-vi.txt") Template textVi,
            @Location("mail/deadline-announcement-en.txt") Template textEn,
            @Location("mail/deadline-announcement-vi.html") Template htmlVi,
            @Location("mail/deadline-announcement-en.html") Template htmlEn,
            @Location("mail/layout.html") Template htmlLayout,
            NotificationConfig config) {
        this.subjectVi = subjectVi;
        this.subjectEn = subjectEn;
        this.textVi = textVi;
        this.textEn = textEn;
        this.htmlVi = htmlVi;
        this.htmlEn = htmlEn;
        this.htmlLayout = htmlLayout;
        this.config = config;
    }

    public RenderedMail announcement(Deadline deadline, DirectoryUser user, Language language) {
        boolean viFirst = language != Language.EN;
        String subject = oneLine(render(viFirst ? subjectVi : subjectEn, deadline, user));
        String vi = render(textVi, deadline, user).strip();
        String en = render(textEn, deadline, user).strip();
        String text = (viFirst ? vi + TEXT_BREAK + en : en + TEXT_BREAK + vi) + "\n";
        String viHtml = render(htmlVi, deadline, user);
        String enHtml = render(htmlEn, deadline, user);
        String html = htmlLayout.data("title", subject)
                .data("lang", viFirst ? "vi" : "en")
                .data("first", viFirst ? viHtml : enHtml)
                .data("second", viFirst ? enHtml : viHtml)
                .render();
        return new RenderedMail(subject, text, html);
    }

    private String render(Template template, Deadline d, DirectoryUser user) {
        TemplateInstance instance = template.data("fullName", user.fullName)
                .data("planTitle", d.planTitle)
                .data("planNumber", d.planNumber)
                .data("title", d.title)
                .data("unitName", d.unitName)
                .data("recipientUnitName", d.recipientUnitName)
                .data("dueDate", VietnamTime.date(d.dueAt))
                .data("dueTime", VietnamTime.time(d.dueAt))
                .data("appUrl", config.appUrl());
        return instance.render();
    }

    /** A subject is one header line: no line breaks from titles, no runs of spaces. */
    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
