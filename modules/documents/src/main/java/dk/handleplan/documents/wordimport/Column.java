package dk.handleplan.documents.wordimport;

import java.util.Locale;
import java.util.Set;

/** The eight columns of a plan table, with the header words that name each (first word of the header text). */
enum Column {
    TEMA("Tema", Set.of("tema", "temaer")),
    EMNE("Emne", Set.of("emne", "emner")),
    MAAL("Mål", Set.of("mål", "målene", "målsætning", "målsætninger")),
    HVAD("Hvad", Set.of("hvad", "aktivitet", "aktiviteter", "indsats", "indsatser", "handling", "handlinger")),
    HVORNAAR("Hvornår", Set.of("hvornår", "tidsramme", "tidsplan", "tid", "tidspunkt")),
    DOKUMENTATION("Dokumentation", Set.of("dokumentation", "opfølgning")),
    HVEM("Hvem", Set.of("hvem", "ansvarlig", "ansvarlige", "ansvar")),
    EFFEKT("Forventede effekt", Set.of("forventede", "forventet", "effekt", "effekter"));

    /** The columns a table must have to be read as a plan. */
    static final Set<Column> REQUIRED = Set.of(TEMA, MAAL, HVAD);

    /** Header texts are short; longer texts are explanations or data even if they start with "Hvad". */
    private static final int MAX_HEADER_WORDS = 5;

    private final String danish;
    private final Set<String> firstWords;

    Column(String danish, Set<String> firstWords) {
        this.danish = danish;
        this.firstWords = firstWords;
    }

    String danish() {
        return danish;
    }

    /** The column a header cell's text names ("Hvornår?", "Hvem (ansvarlig)", "Forventet effekt"), or null. */
    static Column ofHeader(String text) {
        String words = normalise(text);
        if (words.isEmpty() || words.split(" ").length > MAX_HEADER_WORDS) {
            return null;
        }
        String first = words.split(" ")[0];
        for (Column column : values()) {
            if (column.firstWords.contains(first)) {
                return column;
            }
        }
        return null;
    }

    /** Lower case, parenthesised asides dropped, punctuation to spaces. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
