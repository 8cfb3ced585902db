package dk.handleplan.activities;

import java.util.List;

/** Writes who is responsible as plans do: "Aftaleholder og afdelingsleder", "Anne Holm, AMR og TR". */
public final class ResponsibleText {

    private ResponsibleText() {
    }

    public static String of(List<ResponsibleView> responsible) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < responsible.size(); i++) {
            ResponsibleView who = responsible.get(i);
            String name = who.name() == null ? "?" : who.name();
            if (i > 0) {
                text.append(i == responsible.size() - 1 ? " og " : ", ");
                // Role words read as common nouns inside a sentence; acronyms (AMR, TR) and names do not.
                if (who.role() != null && !name.equals(name.toUpperCase())) {
                    name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                }
            }
            text.append(name);
        }
        return text.toString();
    }
}
