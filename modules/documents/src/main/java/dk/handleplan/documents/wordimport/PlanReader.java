package dk.handleplan.documents.wordimport;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanDocument.Activity;
import dk.handleplan.documents.PlanDocument.Goal;
import dk.handleplan.documents.PlanDocument.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * One reading of one document: finds the plan table (and its continuations), then walks its rows,
 * starting a section where Tema or Emne holds new text and a goal where Mål does (empty cells continue
 * the one above, as in the exports and in vertically merged cells).
 */
final class PlanReader {

    private static final Pattern DEPARTMENT = Pattern.compile("(?i)afdeling\\s*:\\s*(.+)");

    private final XWPFDocument document;
    private final ThemeMatcher themes;
    private final Problems problems = new Problems();
    private final ActivityReader activityReader = new ActivityReader(problems);

    private final List<SectionDraft> sections = new ArrayList<>();
    private SectionDraft section;
    private GoalDraft goal;

    PlanReader(XWPFDocument document, List<KnownTheme> themes) {
        this.document = document;
        this.themes = new ThemeMatcher(themes);
    }

    ImportResult read() {
        List<XWPFParagraph> before = new ArrayList<>();
        List<PlanTable> tables = new ArrayList<>();
        Map<Column, Integer> closest = Map.of();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph && tables.isEmpty()) {
                before.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                PlanTable plan = PlanTable.of(table);
                if (plan == null) {
                    Map<Column, Integer> header = PlanTable.bestHeader(table);
                    closest = tables.isEmpty() && header.size() > closest.size() ? header : closest;
                } else if (tables.isEmpty() || plan.positions.keySet().equals(tables.get(0).positions.keySet())) {
                    tables.add(plan);
                }
            }
        }
        if (tables.isEmpty()) {
            throw noTable(closest);
        }
        int dataRows = tables.stream().mapToInt(t -> t.table.getNumberOfRows() - t.firstDataRow).sum();
        if (dataRows > WordPlanImporter.MAX_ROWS) {
            throw new WordImportException("Planens tabel har " + dataRows + " rækker; der kan højst læses "
                    + WordPlanImporter.MAX_ROWS + ". Del planen op i flere filer, og prøv igen.");
        }
        for (Column column : Column.values()) {
            if (!tables.get(0).positions.containsKey(column)) {
                problems.add(0, column, null, "Kolonnen " + column.danish() + " findes ikke i tabellen;"
                        + " feltet er tomt i kladden.");
            }
        }
        PlanTable first = tables.get(0);
        List<String> titleRows = new ArrayList<>();
        for (int r = 0; r < first.headerRow; r++) {
            String text = PlanTable.rowText(first.table.getRow(r));
            if (!text.isEmpty()) {
                titleRows.add(text);
            }
        }
        int offset = 0;
        for (PlanTable table : tables) {
            for (int r = table.firstDataRow; r < table.table.getNumberOfRows(); r++) {
                row(offset + r + 1, table.cells(table.table.getRow(r)));
            }
            offset += table.table.getNumberOfRows();
        }
        PlanDocument.Header header = HeaderReader.read(before, titleRows,
                document.getProperties().getCoreProperties().getTitle());
        return new ImportResult(new PlanDocument(header, sections.stream().map(SectionDraft::build).toList()),
                problems.list());
    }

    private static WordImportException noTable(Map<Column, Integer> closest) {
        StringBuilder message = new StringBuilder("Ingen tabel med kolonnerne Tema, Emne, Mål, Hvad, Hvornår,"
                + " Dokumentation, Hvem og Forventede effekt blev fundet.");
        if (closest.size() >= 2) {
            List<String> missing = Arrays.stream(Column.values())
                    .filter(c -> Column.REQUIRED.contains(c) && !closest.containsKey(c)).map(Column::danish).toList();
            message.append(" Den tabel, der ligner mest, mangler kolonnen ").append(String.join(" og ", missing))
                    .append('.');
        }
        message.append(" Tabellen skal mindst have kolonnerne Tema, Mål og Hvad.");
        return new WordImportException(message.toString());
    }

    private void row(int row, Map<Column, Cell> cells) {
        Cell tema = PlanTable.cell(cells, Column.TEMA);
        Cell emne = PlanTable.cell(cells, Column.EMNE);
        Cell maal = PlanTable.cell(cells, Column.MAAL);
        Cell effekt = PlanTable.cell(cells, Column.EFFEKT);
        Cell hvad = PlanTable.cell(cells, Column.HVAD);
        Cell hvornaar = PlanTable.cell(cells, Column.HVORNAAR);
        Cell dokumentation = PlanTable.cell(cells, Column.DOKUMENTATION);
        Cell hvem = PlanTable.cell(cells, Column.HVEM);
        boolean hasActivity = !(hvad.isEmpty() && hvornaar.isEmpty() && dokumentation.isEmpty() && hvem.isEmpty());
        if (tema.isEmpty() && emne.isEmpty() && maal.isEmpty() && effekt.isEmpty() && !hasActivity) {
            return;
        }
        boolean newSection = section == null || (!tema.isEmpty() && !tema.key().equals(section.temaKey))
                || (!emne.isEmpty() && !emne.key().equals(section.emneKey));
        if (newSection) {
            startSection(row, tema, emne);
        }
        if (newSection || goal == null || (!maal.isEmpty() && !maal.key().equals(goal.maalKey))) {
            goal = null;
            if (!maal.isEmpty() || !effekt.isEmpty() || hasActivity) {
                goal = new GoalDraft(maal, effekt);
                section.goals.add(goal);
            }
        } else if (!effekt.isEmpty() && !effekt.key().equals(goal.effektKey)) {
            // Real plans may write an effect per activity row under one merged goal: keep them all.
            goal.effekt.addAll(effekt.lines());
            goal.effektKey = effekt.key();
        }
        if (hasActivity) {
            goal.activities.addAll(activityReader.read(row, hvad, hvornaar, dokumentation, hvem));
        }
    }

    private void startSection(int row, Cell tema, Cell emne) {
        SectionDraft previous = section;
        section = new SectionDraft();
        sections.add(section);
        if (!tema.isEmpty()) {
            section.temaKey = tema.key();
            String text = String.join(" ", tema.lines().stream().map(Line::text).toList());
            ThemeMatcher.Match match = themes.match(text);
            if (match == null) {
                section.themeName = text;
                problems.add(row, Column.TEMA, text, "Temaet findes ikke i kvalitetsmodellen: " + text);
            } else {
                section.themeCode = match.theme().code();
                section.themeName = match.theme().name();
                if (!match.exact()) {
                    problems.add(row, Column.TEMA, text, "Temaet er læst som \"" + match.theme().name() + "\": " + text);
                }
            }
        } else if (previous != null) {
            section.temaKey = previous.temaKey;
            section.themeCode = previous.themeCode;
            section.themeName = previous.themeName;
        } else {
            problems.add(row, Column.TEMA, null, "Temaet mangler.");
        }
        section.emneKey = emne.key();
        List<Line> subject = new ArrayList<>(emne.lines());
        if (!subject.isEmpty()) {
            Matcher department = DEPARTMENT.matcher(subject.get(subject.size() - 1).text());
            if (department.matches()) {
                section.departmentName = department.group(1).strip();
                subject.remove(subject.size() - 1);
            }
        }
        section.subject = Cell.join(subject);
        section.markLines.addAll(tema.lines());
        section.markLines.addAll(emne.lines());
    }

    private static final class SectionDraft {
        String temaKey = "";
        String emneKey = "";
        String themeCode;
        String themeName;
        String subject;
        String departmentName;
        final List<Line> markLines = new ArrayList<>();
        final List<GoalDraft> goals = new ArrayList<>();

        Section build() {
            return new Section(themeCode, themeName, subject, departmentName, Cell.mark(markLines),
                    goals.stream().map(GoalDraft::build).toList());
        }
    }

    private static final class GoalDraft {
        final String maalKey;
        final List<Line> maal;
        final List<Line> effekt;
        String effektKey;
        final List<Activity> activities = new ArrayList<>();

        GoalDraft(Cell maal, Cell effekt) {
            this.maalKey = maal.key();
            this.maal = maal.lines();
            this.effekt = new ArrayList<>(effekt.lines());
            this.effektKey = effekt.key();
        }

        Goal build() {
            List<Line> marked = new ArrayList<>(maal);
            marked.addAll(effekt);
            return new Goal(Cell.join(maal), Cell.join(effekt), Cell.mark(marked), activities);
        }
    }
}
