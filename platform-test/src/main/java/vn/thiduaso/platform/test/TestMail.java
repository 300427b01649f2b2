package vn.thiduaso.platform.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on a free port, started once per test JVM. */
public final class TestMail {

    private static GreenMail greenMail;

    public static synchronized GreenMail start() {
        if (greenMail == null) {
            ServerSetup smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            greenMail = new GreenMail(smtp);
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> greenMail.stop(), "test-mail-stop"));
        }
        return greenMail;
    }

    public static int port() {
        return start().getSmtp().getPort();
    }

    /** Waits until a message to {@code address} arrives and returns every message to that address. */
    public static List<MimeMessage> awaitMessagesTo(String address, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> found = messagesTo(address);
            if (!found.isEmpty() || System.nanoTime() > end) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(start().getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    public static void purge() {
        try {
            start().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestMail() {
    }
}
