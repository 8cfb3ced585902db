package dk.handleplan.documents;

import java.util.List;

/**
 * A titled table of already formatted cells, for the monitoring appendix and the spreadsheets:
 * {@code headers} name the columns, every row has as many cells as there are headers.
 */
public record Table(String title, List<String> headers, List<List<String>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row of " + title + " has " + row.size() + " cells, not "
                        + headers.size());
            }
        }
    }
}
