package dk.handleplan.themes;

/** A theme section of a plan. */
public record SectionView(long id, long planId, ThemeView theme, String subject, String indicatorRef,
        Long departmentId, String departmentName, int position, boolean archived, long version) {
}
