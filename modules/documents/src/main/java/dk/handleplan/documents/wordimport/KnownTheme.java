package dk.handleplan.documents.wordimport;

/** A theme of the quality model the caller offers for mapping the Tema column, e.g. ("3", "Målgrupper, metoder og resultater"). */
public record KnownTheme(String code, String name) {
}
