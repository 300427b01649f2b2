package vn.thiduaso.platform.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file an attachment (of a report, of a nomination) may be, recognised by their content (magic bytes), not by their
 * name: PDF ({@code %PDF}), PNG (its 8-byte signature), JPEG ({@code FF D8 FF}), and DOCX/XLSX (a ZIP
 * archive with {@code word/} resp. {@code xl/} entries).
 */
public enum FileType {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png"));

    private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F' };
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    public final String mediaType;
    public final List<String> extensions;

    FileType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The type a file name claims by its extension, if it is one of ours. */
    public static Optional<FileType> byFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }

    /** The type a media type names (the multipart part's Content-Type), if it is one of ours. */
    public static Optional<FileType> byMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (base.equals("image/jpg") || base.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
    }

    /** What the file's bytes are, or empty when they are none of the accepted kinds. */
    public static Optional<FileType> detect(Path file) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (starts(head, read, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (starts(head, read, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (starts(head, read, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (starts(head, read, ZIP_MAGIC)) {
            return office(file);
        }
        return Optional.empty();
    }

    /** An OOXML package: a Word document has {@code word/…} entries, a workbook {@code xl/…}. */
    private static Optional<FileType> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean starts(byte[] head, int read, byte[] magic) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
