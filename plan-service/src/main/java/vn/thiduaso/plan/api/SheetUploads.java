package vn.thiduaso.plan.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.thiduaso.platform.problem.InvalidFieldException;

/** The XLSX import endpoints of units and users: one way to read the uploaded sheet and answer. */
final class SheetUploads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What an import created (all rows or none). */
    public record ImportResult(int created, List<UUID> ids) {
    }

    /** Opens the uploaded sheet and hands it to {@code importer}; a missing file is a 400 on {@code file}. */
    static ImportResult importSheet(FileUpload file, Function<InputStream, List<UUID>> importer) {
        if (file == null) {
            throw new InvalidFieldException("file", "Cần chọn tệp Excel (.xlsx)");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            List<UUID> ids = importer.apply(in);
            return new ImportResult(ids.size(), ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SheetUploads() {
    }
}
