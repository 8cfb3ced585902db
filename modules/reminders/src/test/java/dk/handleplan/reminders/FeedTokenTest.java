package dk.handleplan.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedTokenTest {

    @Test
    void tokensAre256RandomBitsInUrlSafeTextAndStoredAsTheirSha256() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = CalendarFeedService.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(seen.add(token));
        }
        String token = seen.iterator().next();
        String hash = CalendarFeedService.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, CalendarFeedService.hash(token));
        assertNotEquals(hash, CalendarFeedService.hash(token.substring(1) + "A"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CalendarFeedService.hash("abc"));
    }
}
