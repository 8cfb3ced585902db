package dk.handleplan.kernel;

import jakarta.validation.constraints.Size;

/**
 * A time frame as clients send it: each end a string such as "2024-08", "2025-spring", "2025-Q2",
 * "2024-12-04", or "ongoing" for the end. Either may be left out.
 */
@NoCpr
public record TimeFrameInput(@Size(max = TextLimits.CODE) String start, @Size(max = TextLimits.CODE) String end) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public TimeFrameInput(String start, String end) {
        this.start = start;
        this.end = end;
    }

    public TimeFrame parse() {
        return TimeFrame.parse(start, end);
    }
}
