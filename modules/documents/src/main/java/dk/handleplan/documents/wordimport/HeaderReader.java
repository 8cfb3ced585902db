package dk.handleplan.documents.wordimport;

import dk.handleplan.documents.PlanDocument.Header;
import dk.handleplan.kernel.TextLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads the header fields from the paragraphs above the plan table: the lines the exports write
 * ("Svar på tilsynsrapport fra …", "Tilsynsbesøg 4. december 2024", "Rapport …", "Opdateret …",
 * "Revision 3", "Tekst i grønt er tilføjet siden …", "Udskrevet …") and the title. Whatever is not
 * found stays null.
 */
final class HeaderReader {

    private static final String DATE = "(\\d{1,2}\\. ?(?:januar|februar|marts|april|maj|juni|juli|august|september"
            + "|oktober|november|december) \\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4})";
    private static final Pattern ANY_DATE = Pattern.compile(DATE);
    private static final Pattern AUTHORITY = Pattern.compile("svar på (?:tilsynsrapport(?:en)?|rapport(?:en)?) fra (.+)");
    private static final Pattern UPDATED = Pattern.compile("opdateret:? (?:den |d\\. )?" + DATE);
    private static final Pattern REVISION = Pattern.compile("revision:? (?:nr\\.? )?(\\d{1,6})");
    private static final Pattern ADDED_SINCE = Pattern.compile("tekst i grønt er tilføjet siden (?:den )?" + DATE + "\\.?");
    private static final Set<String> TITLE_STYLES = Set.of("title", "titel", "heading1", "overskrift1");

    private HeaderReader() {
    }

    static Header read(List<XWPFParagraph> paragraphs, List<String> titleRows, String coreTitle) {
        String offerName = null;
        String authority = null;
        LocalDate visitDate = null;
        LocalDate reportDate = null;
        Integer revisionNumber = null;
        LocalDate revisionDate = null;
        LocalDate addedSince = null;
        LocalDate generatedOn = null;
        List<String> free = new ArrayList<>();
        String styledTitle = null;
        for (XWPFParagraph paragraph : paragraphs) {
            List<Line> lines = new ArrayList<>();
            Cell.addLines(paragraph, lines);
            for (Line line : lines) {
                String text = line.text();
                String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                Matcher m;
                LocalDate date = firstDate(lower);
                if ((m = AUTHORITY.matcher(lower)).matches()) {
                    authority = text.substring(text.length() - m.group(1).length()).strip();
                } else if (lower.startsWith("tilsynsbesøg") && date != null) {
                    visitDate = date;
                } else if ((lower.startsWith("rapport") || lower.startsWith("tilsynsrapport")) && date != null) {
                    reportDate = date;
                } else if ((m = ADDED_SINCE.matcher(lower)).matches()) {
                    addedSince = ActivityReader.date(m.group(1));
                } else if (lower.startsWith("udskrevet") && date != null) {
                    generatedOn = date;
                } else if ((m = REVISION.matcher(lower)).matches()) {
                    revisionNumber = Integer.valueOf(m.group(1));
                } else if ((m = UPDATED.matcher(lower)).matches()) {
                    revisionDate = ActivityReader.date(m.group(1));
                } else if (!lower.startsWith("overstreget tekst")) {
                    if ((m = UPDATED.matcher(lower)).find()) {
                        revisionDate = ActivityReader.date(m.group(1)); // "Handleplan 2024, opdateret 15. januar 2025"
                    }
                    if (text.length() <= TextLimits.NAME) {
                        free.add(text);
                        String style = paragraph.getStyle();
                        if (styledTitle == null && style != null
                                && TITLE_STYLES.contains(style.toLowerCase(Locale.ROOT).replace(" ", ""))) {
                            styledTitle = text;
                        }
                    }
                }
            }
        }
        String planTitle = null;
        if (coreTitle != null) {
            for (int i = 0; i < free.size(); i++) {
                if (free.get(i).equalsIgnoreCase(coreTitle.strip())) {
                    planTitle = free.get(i);
                    offerName = i > 0 ? free.get(i - 1) : null;
                }
            }
        }
        if (planTitle == null) {
            planTitle = styledTitle != null ? styledTitle : !free.isEmpty() ? free.get(0)
                    : titleRows.stream().filter(t -> t.length() <= TextLimits.NAME).findFirst().orElse(null);
        }
        return new Header(offerName, planTitle, authority, visitDate, reportDate, revisionNumber, revisionDate,
                addedSince, generatedOn);
    }

    private static LocalDate firstDate(String lower) {
        Matcher m = ANY_DATE.matcher(lower);
        return m.find() ? ActivityReader.date(m.group(1)) : null;
    }
}
