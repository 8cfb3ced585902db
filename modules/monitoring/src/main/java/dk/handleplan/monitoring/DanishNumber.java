package dk.handleplan.monitoring;

/** Numbers as Danes write them: "1.862", "1.862,5", "7400,5"; "1862.5" is read too. */
public final class DanishNumber {

    private DanishNumber() {
    }

    /** The value with a decimal comma and at most the decimals given ("15", "14,8"). */
    public static String format(double value, int maxDecimals) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("da-DK"));
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    /** @throws NumberFormatException when the text is no number */
    public static double parse(String text) {
        String s = text.strip();
        if (s.contains(",") || s.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            s = s.replace(".", "").replace(',', '.'); // dots group thousands, the comma is the decimal mark
        }
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException("not a number: " + text);
        }
        return Double.parseDouble(s);
    }
}
