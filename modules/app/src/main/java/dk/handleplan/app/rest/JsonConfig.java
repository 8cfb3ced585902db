package dk.handleplan.app.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API uses it: unknown properties are an error (a misspelt field must not be
 * silently ignored), and null fields are written so every field of a resource is always present.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    /** Yasson's switch (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES), named by string to avoid a compile dependency. */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static Jsonb jsonb() {
        return JSONB;
    }
}
