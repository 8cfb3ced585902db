package dk.handleplan.monitoring;

/**
 * A target: {@code description} says it in Danish ("højst 15 %", "under Kommunens gennemsnit").
 * {@code departmentId} null: the whole offer's (and each department's that has none of its own).
 */
public record TargetView(long id, long offerId, Long departmentId, Figure figure, String figureName,
        boolean rollingYear, Double value, Long benchmarkId, String benchmarkName, Long goalId, String note,
        String description, long version, boolean archived) {
}
