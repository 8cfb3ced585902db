package dk.handleplan.app.web;

import dk.handleplan.app.security.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheet, scripts and images under {@code /static/}: the application's own files
 * ({@code src/main/resources/static}) and htmx from its webjar. Answers with an ETag so browsers
 * revalidate cheaply; the JAX-RS application sits at the root, so the container's default servlet
 * does not serve them.
 */
@ApplicationScoped
@Path("static")
public class StaticFiles {

    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "woff2", "font/woff2");
    private static final String HTMX = "htmx.min.js";

    private record File(byte[] bytes, String type, EntityTag tag) {
    }

    private final Map<String, File> files = new ConcurrentHashMap<>();

    @GET
    @Path("{name: [a-zA-Z0-9_.-]+}")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.PUBLIC)
    public Response get(@PathParam("name") String name, @Context Request request) {
        File file = files.computeIfAbsent(name, StaticFiles::load);
        if (file.bytes() == null) {
            files.remove(name);
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(file.tag());
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(file.bytes(), file.type()).tag(file.tag()).cacheControl(cache).build();
    }

    private static File load(String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        String path = name.equals(HTMX) ? htmxPath() : "static/" + name;
        try (InputStream in = type == null ? null : StaticFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return new File(null, null, null);
            }
            byte[] bytes = in.readAllBytes();
            return new File(bytes, type, new EntityTag(Integer.toHexString(java.util.Arrays.hashCode(bytes))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** htmx's place in its webjar names its version, which the webjar's Maven metadata gives. */
    private static String htmxPath() {
        Properties pom = new Properties();
        try (InputStream in = StaticFiles.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("htmx webjar missing");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/htmx.org/" + pom.getProperty("version") + "/dist/htmx.min.js";
    }
}
