package dk.handleplan.app.export;

import dk.handleplan.kernel.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a plan is exported in, with their media type and file extension. */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv"),
    JSON("application/json;charset=UTF-8", "json"),
    /** The visit pack (tilsynspakke): every other format and the monitoring appendix in one file. */
    ZIP("application/zip", "zip");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return PDF;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("format", "must be one of " + Arrays.stream(values())
                    .map(f -> f.extension).collect(Collectors.joining(", ")));
        }
    }
}
