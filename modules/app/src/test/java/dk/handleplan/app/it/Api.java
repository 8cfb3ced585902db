package dk.handleplan.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the JSON API, as an outside client sees it. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI root;

    /** The administrator the tests' servers are started with (see the failsafe configuration). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

    private final URI base;
    private final String authorization;

    /** A client signed in as the administrator. @param base the base URL, e.g. http://localhost:8080/ */
    public Api(URI base) {
        this(base, ADMIN, ADMIN_PASSWORD);
    }

    private Api(URI base, String user, String password) {
        this.root = base.resolve("api/v1/");
        this.base = base;
        this.authorization = user == null ? null : "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same server, signed in as someone else. */
    public Api as(String user, String password) {
        return new Api(base, user, password);
    }

    /** The same server, without credentials. */
    public Api anonymous() {
        return new Api(base, null, null);
    }

    /** One answer: status, content type, Location and body. */
    public record Reply(int status, String contentType, String location, String body,
            java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (jakarta.json.JsonException e) {
                // Say what came instead of JSON, so a failure in CI can be understood from its log.
                throw new IllegalStateException("not JSON: " + status + " " + contentType + " body '" + body
                        + "' headers " + (headers == null ? "" : headers.map()), e);
            }
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        public long version() {
            return json().getJsonNumber("version").longValue();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply post(String path, JsonValue json) {
        return post(path, json.toString());
    }

    public Reply put(String path, JsonValue json) {
        return put(path, json.toString());
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A download: status, content type, headers and the raw bytes. */
    public record Binary(int status, String contentType, java.net.http.HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public Binary bytes(String path) {
        return bytes(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Any request whose answer is a file. */
    public Binary bytes(HttpRequest.Builder request) {
        try {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any request, for the unusual ones (other media types, odd bodies). */
    public Reply send(HttpRequest.Builder request) {
        try {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return path.startsWith("/") ? base.resolve(path.substring(1)) : root.resolve(path);
    }

    public static JsonObject obj(Object... keysAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value == null) {
                builder.addNull(key);
            } else if (value instanceof String s) {
                builder.add(key, s);
            } else if (value instanceof Integer n) {
                builder.add(key, n);
            } else if (value instanceof Long n) {
                builder.add(key, n);
            } else if (value instanceof Double d) {
                builder.add(key, d);
            } else if (value instanceof Boolean b) {
                builder.add(key, b);
            } else if (value instanceof JsonValue v) {
                builder.add(key, v);
            } else {
                throw new IllegalArgumentException("Unsupported JSON value " + value);
            }
        }
        return builder.build();
    }

    public static JsonArray arr(JsonValue... values) {
        var builder = Json.createArrayBuilder();
        for (JsonValue v : values) {
            builder.add(v);
        }
        return builder.build();
    }
}
