package dk.handleplan.app.rest;

import dk.handleplan.kernel.ValidationException;
import jakarta.json.Json;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON body before JSON-B binds it, for faults that binding would hide: bytes that are not
 * UTF-8 (the parser would replace them with U+FFFD), numbers that do not fit their field (JSON-B
 * silently wraps 2^32 + 1 to 1 in an int, 2^63 to a negative long and reads 1e309 as 0), and nesting far
 * deeper than any request of the API. Syntax errors are left to JSON-B, whose message says where.
 */
@Provider
public class JsonInputCheck implements ReaderInterceptor {

    /** No request of the API nests deeper than a handful of levels. */
    static final int MAX_DEPTH = 32;
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Fields that hold ids or versions (Java longs); every other number of the API fits an int. */
    private static final Set<String> LONG_FIELDS = Set.of("id", "version");
    /**
     * Made once: {@code Json.createParser} looks the JSON-P provider up with a ServiceLoader on every
     * call, which searched every jar of the application per request (8 % of a progress note's CPU).
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            check(utf8(body));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of("body", "is not valid UTF-8: send the request body encoded as UTF-8");
        }
    }

    private static void check(String json) {
        int depth = 0;
        String field = "body";
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw ValidationException.of("body", "nests deeper than " + MAX_DEPTH + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> field = parser.getString();
                    case VALUE_NUMBER -> checkNumber(field, parser);
                    default -> {
                        // strings, literals: checked by the input records' own constraints
                    }
                }
            }
        } catch (JsonParsingException e) {
            // Malformed: JSON-B refuses it with a message saying where.
        }
    }

    private static void checkNumber(String field, JsonParser parser) {
        boolean isLong = LONG_FIELDS.contains(field) || field.endsWith("Id");
        BigDecimal value;
        try {
            value = parser.getBigDecimal();
        } catch (NumberFormatException | ArithmeticException e) {
            value = null; // an exponent beyond what BigDecimal holds
        }
        if (value == null || value.abs().compareTo(isLong ? MAX_LONG : MAX_INT) > 0) {
            throw ValidationException.of(field, "is out of range: at most " + (isLong ? MAX_LONG : MAX_INT)
                    + " in magnitude");
        }
    }
}
