package dk.handleplan.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"010203-1234", "0102031234", "Borger 311299-4321 blev holdt", "cpr:290200-1111",
        "(150575-2222)", "290204 1234 og 290204-1234"})
    void findsCprNumbersWithARealDate(String text) {
        assertTrue(PersonalData.containsCpr(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ingen tal her", "320101-1234", "011301-1234", "290201-1234", "12345678",
        "01020312345", "tlf. 86 12 34 56", "2025-03-10", "sag 1-010203-1234-9", "010203-123"})
    void leavesOtherNumbersAlone(String text) {
        assertFalse(PersonalData.containsCpr(text), text);
    }

    @org.junit.jupiter.api.Test
    void acceptsNoText() {
        assertFalse(PersonalData.containsCpr(null));
    }
}
