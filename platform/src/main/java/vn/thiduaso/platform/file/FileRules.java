package vn.thiduaso.platform.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;

import vn.thiduaso.platform.problem.InvalidFieldException;

/**
 * The file rules every attachment follows (a report's, a nomination's): PDF, DOCX, XLSX, JPG or PNG
 * recognised by content and agreeing with the claimed name and part type; at most 20 MiB; stored in
 * 1 MiB chunks with the SHA-256 computed on the way in; a safe stored name; downloads named by an
 * RFC 6266 / RFC 5987 {@code Content-Disposition}.
 */
public final class FileRules {

    /** Stored in 1 MiB chunks. */
    public static final int CHUNK_BYTES = 1024 * 1024;
    /** 20 MiB per file. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final int FILE_NAME_MAX = 255;

    private FileRules() {
    }

    /**
     * The type of an uploaded file: its content must be one of the accepted kinds and agree with
     * what its name and part type claim; otherwise a 400 on {@code file}.
     */
    public static FileType requireAccepted(Path content, String fileName, String claimedMediaType) {
        FileType type = FileType.detect(content).orElseThrow(() -> new InvalidFieldException("file",
                "Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG (kiểm tra theo nội dung tệp)"));
        Optional<FileType> byName = FileType.byFileName(fileName);
        Optional<FileType> byPart = FileType.byMediaType(claimedMediaType);
        if (byName.isEmpty() || byName.get() != type || byPart.isPresent() && byPart.get() != type) {
            throw new InvalidFieldException("file", "Nội dung tệp là " + type.name()
                    + ", không khớp với tên hoặc kiểu tệp đã khai");
        }
        return type;
    }

    /** Receives one chunk of a file being stored. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(int seq, byte[] chunk);
    }

    /** What was stored: the size and the SHA-256 (hex). */
    public record Stored(long sizeBytes, String sha256) {
    }

    /** Reads the file in {@link #CHUNK_BYTES} pieces into {@code sink}, computing size and SHA-256. */
    public static Stored storeInChunks(Path content, ChunkSink sink) {
        MessageDigest sha = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(content)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                sha.update(chunk);
                sink.accept(seq++, chunk);
                size += chunk.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Number of chunk rows a file of this size occupies. */
    public static int chunkCount(long sizeBytes) {
        return (int) ((sizeBytes + CHUNK_BYTES - 1) / CHUNK_BYTES);
    }

    /** The name without any directory part or control characters, at most 255 characters. */
    public static String safeFileName(String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = "tep-dinh-kem";
        }
        if (n.length() > FILE_NAME_MAX) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, FILE_NAME_MAX - ext.length()) + ext;
        }
        return n;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''…} (RFC 6266 / RFC 5987). */
    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
