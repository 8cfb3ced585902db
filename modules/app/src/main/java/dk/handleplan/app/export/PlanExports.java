package dk.handleplan.app.export;

import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.documents.MonitoringAppendix;
import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.Table;
import dk.handleplan.documents.export.AppendixPdf;
import dk.handleplan.documents.export.Csv;
import dk.handleplan.documents.export.PlanDocx;
import dk.handleplan.documents.export.PlanPdf;
import dk.handleplan.documents.export.PlanSpreadsheet;
import dk.handleplan.revisions.PlanSnapshot;
import dk.handleplan.revisions.RevisionComparison;
import dk.handleplan.revisions.RevisionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A plan's exports for Socialtilsyn, as of now or as of a revision: the table as PDF and Word, the
 * activities as spreadsheet and CSV, the monitoring appendix and its figures, the whole plan as JSON,
 * and all of them together as the visit pack.
 */
@ApplicationScoped
@Transactional
public class PlanExports {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    PlanVersions versions;
    @Inject
    MonitoringAppendices appendices;
    @Inject
    DeadlineService deadlines;

    /** A file to download. */
    public record Export(String filename, String mediaType, byte[] content) {
    }

    /** The JSON export: the plan as it is (or was) with the revision and what changed since the one before. */
    public record PlanJson(RevisionView revision, RevisionView comparedWith, PlanSnapshot plan,
            RevisionComparison changes) {
    }

    private record Key(long planId, ExportFormat format, Integer revision) {
    }

    /**
     * Exports as last written, until something is written or the day changes: a PDF costs about a
     * quarter of a second of CPU, and before a visit the same plan is fetched by several people.
     */
    private final GenerationCache<Key, Export> cache = new GenerationCache<>(32);

    private final DocumentWriters writers = DocumentWriters.forThisMachine();

    public Export export(long planId, ExportFormat format, Integer revision) {
        return cache.get(new Key(planId, format, revision), deadlines.today(),
                () -> writers.write(() -> write(planId, format, revision)));
    }

    private Export write(long planId, ExportFormat format, Integer revision) {
        PlanVersions.Version version = versions.of(planId, revision);
        LocalDate today = deadlines.today();
        PlanDocument document = version.document(today);
        String base = basename(version, today);
        byte[] content = switch (format) {
            case PDF -> PlanPdf.write(document);
            case DOCX -> PlanDocx.write(document);
            case XLSX -> PlanSpreadsheet.activitiesXlsx(document);
            case CSV -> Csv.utf8(Csv.activities(document));
            case JSON -> json(version);
            case ZIP -> zip(version, document, base);
        };
        return new Export(base + "." + format.extension(), format.mediaType(), content);
    }

    private byte[] zip(PlanVersions.Version version, PlanDocument document, String base) {
        MonitoringAppendix appendix = appendices.of(version.plan());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(base + ".pdf", PlanPdf.write(document));
        files.put(base + ".docx", PlanDocx.write(document));
        files.put(base + "-bilag-noegletal.pdf", AppendixPdf.write(appendix));
        files.put(base + "-aktiviteter.xlsx", PlanSpreadsheet.activitiesXlsx(document));
        files.put(base + "-aktiviteter.csv", Csv.utf8(Csv.activities(document)));
        List<Table> figures = MonitoringAppendices.tables(appendix);
        files.put(base + "-noegletal.xlsx", PlanSpreadsheet.tablesXlsx(figures));
        files.put(base + "-noegletal.csv", Csv.utf8(String.join("\r\n", figures.stream().map(Csv::table).toList())));
        files.put(base + ".json", json(version));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] json(PlanVersions.Version version) {
        return JSON.toJson(new PlanJson(version.revision(), version.previous(), version.plan(),
                version.comparison())).getBytes(StandardCharsets.UTF_8);
    }

    /** "handleplan-bostedet-laerkereden-revision-2" or "...-2025-03-10": ASCII, so every system keeps it. */
    static String basename(PlanVersions.Version version, LocalDate today) {
        String offer = Normalizer.normalize(version.plan().offerName().toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "handleplan-" + (offer.isEmpty() ? "plan" : offer) + "-"
                + (version.revision() == null ? today.toString() : "revision-" + version.revision().number());
    }
}
