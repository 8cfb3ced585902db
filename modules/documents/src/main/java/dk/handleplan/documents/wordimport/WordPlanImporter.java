package dk.handleplan.documents.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads an existing Word plan (a .docx with the plan table: Tema, Emne, Mål, Hvad, Hvornår,
 * Dokumentation, Hvem, Forventede effekt) into a draft {@code PlanDocument}, with a list of what the
 * user should check. Reads the layout the exports write and the looser layouts of real plans; what
 * is recognised is described in docs/word-import.md. Needs no database and holds no state: one
 * instance may serve every request.
 */
public final class WordPlanImporter {

    /** The most plan rows (after the header and explanation rows) a file may have. */
    public static final int MAX_ROWS = 2000;

    /**
     * Reads the plan.
     *
     * @param docx the file's bytes (the stream is read, not closed)
     * @param themes the quality model's themes, to map the Tema column to codes
     * @throws WordImportException with a Danish message when the file is no Word document, is too large
     *         when unpacked, has no plan table, or has more than {@link #MAX_ROWS} rows
     */
    public ImportResult read(InputStream docx, List<KnownTheme> themes) {
        XWPFDocument document = DocxFiles.open(docx);
        try (document) {
            return new PlanReader(document, themes).read();
        } catch (IOException e) {
            throw new WordImportException("Filen kunne ikke læses.");
        }
    }
}
