package dk.handleplan.app.benchmark;

import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.kernel.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What only the benchmark needs (handleplan.benchmark=on): the SQL statement total and a baseline
 * answer that does no work. Off, both are "not found", as if they did not exist.
 */
@ApplicationScoped
public class BenchmarkMode {

    /** Enough for any plan tree; keeps a careless caller from filling the heap. */
    static final int MAX_BASELINE_BYTES = 8 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "handleplan.benchmark", defaultValue = "off")
    String setting;

    private final Map<Integer, String> baselines = new ConcurrentHashMap<>();

    public boolean isOn() {
        return "on".equalsIgnoreCase(setting.strip());
    }

    public long sqlStatements() {
        requireOn();
        return SqlStatementCounter.total();
    }

    /** A JSON document of about {@code bytes} bytes, built once per size and then only sent. */
    public String baseline(int bytes) {
        requireOn();
        if (bytes < 0 || bytes > MAX_BASELINE_BYTES) {
            throw new ValidationException(List.of(new FieldError("bytes", "must be between 0 and " + MAX_BASELINE_BYTES)));
        }
        return baselines.computeIfAbsent(bytes, BenchmarkMode::json);
    }

    static String json(int bytes) {
        StringBuilder json = new StringBuilder(bytes + 64).append('[');
        for (int i = 0; json.length() < bytes - 40; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"text\":\"Aktivitet ")
                    .append(i).append("\"}");
        }
        return json.append(']').toString();
    }

    private void requireOn() {
        if (!isOn()) {
            throw new NotFoundException("Resource", "benchmark");
        }
    }
}
