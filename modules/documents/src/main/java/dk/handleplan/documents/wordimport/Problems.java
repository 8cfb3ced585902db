package dk.handleplan.documents.wordimport;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading, in the order met. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void add(int row, Column column, String text, String message) {
        list.add(new Problem(row, column == null ? null : column.danish(), text, message));
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
