package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's hooks with benchmark mode off, as in production: not there for the administrator
 * (404 problem+json), forbidden for everyone else, and marked as such in the OpenAPI document. With the mode on,
 * see {@link BenchmarkModeIT}.
 */
@ArquillianOnPayaraMicro
class BenchmarkHooksIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }

    @Test
    void offTheHooksAreNotFound() {
        for (String path : new String[] {"benchmark/sql-statements", "benchmark/baseline?bytes=1000"}) {
            Api.Reply admin = api.get(path);
            assertEquals(404, admin.status(), admin::toString);
            assertTrue(admin.isProblem(), admin::toString);
            Api.Reply leader = api.as("afdelingsleder", "demo-handleplan").get(path);
            assertEquals(403, leader.status(), leader::toString);
            assertTrue(leader.isProblem(), leader::toString);
        }
    }

    @Test
    void theDocumentSaysTheHooksAreForTheBenchmarkOnly() {
        Api.Reply openapi = api.send(HttpRequest.newBuilder(api.uri("/openapi")).header("Accept", "application/json"));
        assertEquals(200, openapi.status(), openapi::toString);
        assertTrue(openapi.body().contains("Benchmark mode only (handleplan.benchmark=on, administrators)"),
                "Payara lists them: their summaries must warn");
    }
}
