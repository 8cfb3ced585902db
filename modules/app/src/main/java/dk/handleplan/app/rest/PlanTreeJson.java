package dk.handleplan.app.rest;

import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.app.plan.PlanTreeAssembler;
import dk.handleplan.deadlines.DeadlineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The plan tree as the API sends it, written once per change of the data (JSON-B writing some 40 KB
 * was most of a request's cost), with an ETag made of the text itself, so a client that sends
 * If-None-Match gets 304 as long as the plan reads the same.
 */
@ApplicationScoped
public class PlanTreeJson {

    /** The JSON text and its entity tag (a digest of the text, the same after a restart). */
    public record Json(byte[] bytes, String etag) {
    }

    private record Key(long planId, boolean includeArchived) {
    }

    private final GenerationCache<Key, Json> cache = new GenerationCache<>(256);

    @Inject
    PlanTreeAssembler trees;
    @Inject
    DeadlineService deadlines;

    public Json of(long planId, boolean includeArchived) {
        return cache.get(new Key(planId, includeArchived), deadlines.today(), () -> {
            byte[] bytes = JsonConfig.jsonb().toJson(trees.tree(planId, includeArchived)).getBytes(StandardCharsets.UTF_8);
            return new Json(bytes, digest(bytes));
        });
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
