package dk.handleplan.themes;

/** What lower modules need to know of a section they attach to. */
public record SectionRef(long id, long planId, long offerId) {
}
