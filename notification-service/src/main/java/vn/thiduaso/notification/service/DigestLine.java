package vn.thiduaso.notification.service;

import io.quarkus.qute.TemplateData;

/** One notification listed in a daily digest mail (in the user's language, as in their inbox). */
@TemplateData
public record DigestLine(String title, String body, String link) {
}
