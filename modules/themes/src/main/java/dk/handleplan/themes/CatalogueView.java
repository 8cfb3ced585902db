package dk.handleplan.themes;

import java.time.LocalDate;
import java.util.List;

/** One version of the quality model's themes. */
public record CatalogueView(long id, String code, String name, LocalDate validFrom, List<ThemeView> themes) {
}
