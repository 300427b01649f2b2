package vn.thiduaso.platform.file;

import java.util.function.IntFunction;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The download of a file stored in chunks by {@link FileRules#storeInChunks}: streamed one chunk at a
 * time (never the whole file in memory), with its length, its SHA-256 as the ETag (a matching
 * {@code If-None-Match} answers 304) and an RFC 5987 file name. Report attachments, dossier
 * attachments and the board's copies of them are all downloaded this way.
 */
public final class StoredFileDownload {

    private StoredFileDownload() {
    }

    /**
     * @param chunk the bytes of chunk {@code seq} (read while the body is written), or null after the last one
     */
    public static Response response(String sha256, String mediaType, String fileName, long sizeBytes,
            IntFunction<byte[]> chunk, String ifNoneMatch) {
        EntityTag tag = new EntityTag(sha256);
        if (ifNoneMatch != null && (ifNoneMatch.contains("\"" + sha256 + "\"") || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified(tag).build();
        }
        int chunks = FileRules.chunkCount(sizeBytes);
        StreamingOutput body = out -> {
            for (int seq = 0; seq < chunks; seq++) {
                byte[] bytes = chunk.apply(seq);
                if (bytes == null) {
                    break;
                }
                out.write(bytes);
            }
        };
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_LENGTH, sizeBytes)
                .header("Content-Disposition", FileRules.contentDisposition(fileName))
                .tag(tag)
                .build();
    }
}
