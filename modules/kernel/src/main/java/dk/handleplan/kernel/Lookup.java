package dk.handleplan.kernel;

import jakarta.persistence.EntityManager;

/** Finding an entity by id, with a not-found error named for the domain. */
public final class Lookup {

    private Lookup() {
    }

    public static <T> T require(EntityManager em, Class<T> type, Long id, String kind) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(kind, id);
        }
        return found;
    }

    /** Like {@link #require} but also refuses an archived element. */
    public static <T extends TrackedEntity> T requireActive(EntityManager em, Class<T> type, Long id, String kind) {
        T found = require(em, type, id, kind);
        found.checkActive();
        return found;
    }
}
