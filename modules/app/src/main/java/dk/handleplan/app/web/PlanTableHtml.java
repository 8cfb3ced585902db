package dk.handleplan.app.web;

import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.app.plan.PlanTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The plan page's table (plandele :: tabel), rendered once per change of the data and per set of
 * rights: most of the page's cost was Thymeleaf evaluating some thousand expressions for the rows.
 * The table holds nothing of the session (the CSRF token is in the page around it).
 */
@ApplicationScoped
public class PlanTableHtml {

    private record Key(long planId, PlanTable.Filter filter, boolean compact, boolean canEdit, Set<Long> noteable) {
    }

    /** A 40-activity table is about 150 KB as UTF-8, as it is sent: 256 hold up to ~40 MB. */
    private final GenerationCache<Key, byte[]> cache = new GenerationCache<>(256);

    @Inject
    Pages pages;

    /**
     * The table of the plan for someone with these rights, as of the tree's day, as UTF-8 (for
     * {@link Pages#pageAround}).
     *
     * @param treeReadAt the data generation read before the tree was (the tree may be older than now)
     */
    byte[] of(PlanTree tree, long treeReadAt, PlanTable.Filter filter, boolean compact, boolean canEdit,
            Set<Long> noteable) {
        Key key = new Key(tree.plan().id(), filter, compact, canEdit, Set.copyOf(noteable));
        return cache.get(key, tree.today(), treeReadAt, () -> pages.fragment("plandele", "tabel", Map.of("tree", tree,
                "rows", PlanTable.rows(tree, filter), "compact", compact, "canEdit", canEdit,
                "noteable", noteable)).getBytes(StandardCharsets.UTF_8));
    }
}
