package vn.thiduaso.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import vn.thiduaso.platform.test.TestMail;

/** Reads what GreenMail received, decoded as a mail client would show it. */
public final class Mails {

    /** Waits for the first mail to the address and returns it. */
    public static MimeMessage awaitOne(String address) {
        List<MimeMessage> found = TestMail.awaitMessagesTo(address, Duration.ofSeconds(30));
        if (found.isEmpty()) {
            throw new AssertionError("no mail to " + address + " within 30 s");
        }
        return found.get(0);
    }

    /** Fails unless the address has exactly {@code n} mails for the whole period (nothing more trickles in). */
    public static void assertStaysAt(String address, int n, Duration during) {
        await().during(during).atMost(during.plusSeconds(5))
                .until(() -> TestMail.messagesTo(address).size() == n);
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String fromName(MimeMessage m) {
        try {
            return ((InternetAddress) m.getFrom()[0]).getPersonal();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    private static String part(Part p, String type) {
        try {
            if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
            if (p.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) p.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    String found = part(parts.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Mails() {
    }
}
