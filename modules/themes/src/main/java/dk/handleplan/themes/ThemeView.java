package dk.handleplan.themes;

/** A quality-model theme; {@code number} is null for Økonomi, which lies outside the model. */
public record ThemeView(String code, Integer number, String name, boolean inQualityModel) {
}
