package vn.thiduaso.award.api;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** {@code attachment; filename="ascii"; filename*=UTF-8''…} (RFC 6266 / RFC 5987) for downloads with Vietnamese names. */
final class ContentDisposition {

    static String attachment(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private ContentDisposition() {
    }
}
