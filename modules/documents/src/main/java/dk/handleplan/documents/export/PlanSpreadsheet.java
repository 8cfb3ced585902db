package dk.handleplan.documents.export;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheets (XLSX): the plan's activities, one row each with every column, and the monitoring figures,
 * a sheet per table. Every text is a text cell, never a formula, so nothing typed is ever calculated.
 */
public final class PlanSpreadsheet {

    private static final int MAX_WIDTH = 60 * 256;

    private PlanSpreadsheet() {
    }

    public static byte[] activitiesXlsx(PlanDocument document) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Aktiviteter");
            Styles styles = new Styles(book);
            header(sheet, ActivityColumns.HEADERS, styles);
            int r = 1;
            for (List<Object> values : ActivityColumns.rows(document)) {
                XSSFRow row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    XSSFCell cell = row.createCell(c);
                    Object value = values.get(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(styles.date);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                        cell.setCellStyle(styles.wrapped);
                    }
                }
            }
            finish(sheet, ActivityColumns.HEADERS.size(), r);
            book.getProperties().getCoreProperties().setTitle(document.header().planTitle());
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] tablesXlsx(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                XSSFSheet sheet = book.createSheet(sheetName(table.title(), names));
                XSSFRow title = sheet.createRow(0);
                title.createCell(0).setCellValue(table.title());
                title.getCell(0).setCellStyle(styles.bold);
                XSSFRow header = sheet.createRow(1);
                for (int c = 0; c < table.headers().size(); c++) {
                    header.createCell(c).setCellValue(table.headers().get(c));
                    header.getCell(c).setCellStyle(styles.bold);
                }
                int r = 2;
                for (List<String> values : table.rows()) {
                    XSSFRow row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                    }
                }
                sheet.createFreezePane(0, 2);
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.autoSizeColumn(c);
                    sheet.setColumnWidth(c, Math.min(sheet.getColumnWidth(c) + 512, MAX_WIDTH));
                }
            }
            if (tables.isEmpty()) {
                book.createSheet("Ingen tal");
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most 31 characters, none of []:*?/\, and unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Tabel" : title);
        base = base.length() > 28 ? base.substring(0, 28).strip() : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static void header(XSSFSheet sheet, List<String> headers, Styles styles) {
        XSSFRow row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            row.getCell(c).setCellStyle(styles.bold);
        }
    }

    private static void finish(XSSFSheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c == ActivityColumns.COMPLETED_ON ? 12 * 256 : 30 * 256);
        }
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle wrapped;
        final CellStyle date;

        Styles(XSSFWorkbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
        }
    }
}
