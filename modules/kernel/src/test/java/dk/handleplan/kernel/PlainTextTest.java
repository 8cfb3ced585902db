package dk.handleplan.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"før\u0000efter", "klokke\u0007", "\u001b[31mrød", "slet\u007f", "c1\u0085",
        "halv \ud800 surrogat", "omvendt \udc00\ud800", "til sidst \ud83d"})
    void refusesControlAndBrokenCharacters(String text) {
        assertTrue(PlainText.hasForbiddenCharacter(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Almindelig tekst med æøå", "Linje 1\nLinje 2\r\n\tindrykket", "Smil \ud83d\ude00",
        "<script>alert('x')</script> '; drop table x; --"})
    void acceptsWhatPeopleType(String text) {
        assertFalse(PlainText.hasForbiddenCharacter(text), text);
    }
}
