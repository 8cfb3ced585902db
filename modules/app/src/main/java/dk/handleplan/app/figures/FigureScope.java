package dk.handleplan.app.figures;

/** Whose figures: a department of an offer, or (departmentId null) the offer as a whole. */
public record FigureScope(long offerId, Long departmentId) {

    public static FigureScope department(long offerId, long departmentId) {
        return new FigureScope(offerId, departmentId);
    }

    public static FigureScope offer(long offerId) {
        return new FigureScope(offerId, null);
    }

    public boolean isOffer() {
        return departmentId == null;
    }
}
