package dk.handleplan.app.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DataGenerationTest {

    @Test
    void writesToThePlanAndFigureTablesMoveTheGeneration() {
        assertTrue(DataGeneration.changesCachedData("INSERT INTO act_note (id, text) VALUES (?, ?)"));
        assertTrue(DataGeneration.changesCachedData("UPDATE act_activity SET description = ? WHERE id = ?"));
        assertTrue(DataGeneration.changesCachedData("  delete from ddl_milestone where id = ?"));
        assertTrue(DataGeneration.changesCachedData("update mon_staff_quarter set leavers = ?"));
        // Anything else that is not a query counts as a write too: a miss costs less than a stale plan.
        assertTrue(DataGeneration.changesCachedData("MERGE INTO thm_plan KEY (id) VALUES (?)"));
        assertTrue(DataGeneration.changesCachedData(null));
    }

    @Test
    void queriesAndTheBookkeepingOfReadsDoNot() {
        assertFalse(DataGeneration.changesCachedData("SELECT id, text FROM act_note WHERE activity_id = ?"));
        assertFalse(DataGeneration.changesCachedData("select nextval('act_note_seq')"));
        assertFalse(DataGeneration.changesCachedData("CALL NEXT VALUE FOR act_note_seq"));
        assertFalse(DataGeneration.changesAccess("CALL NEXT VALUE FOR aud_event_seq"));
        assertFalse(DataGeneration.changesAuditTrail("CALL NEXT VALUE FOR aud_event_seq"));
        assertFalse(DataGeneration.changesCachedData("WITH x AS (SELECT 1) SELECT * FROM x"));
        assertFalse(DataGeneration.changesCachedData("INSERT INTO aud_event (id, action) VALUES (?, ?)"));
        assertFalse(DataGeneration.changesCachedData("UPDATE acc_user SET failed_sign_ins = ? WHERE id = ?"));
    }

    @Test
    void onlyWritesToTheAuditTrailMoveItsGeneration() {
        assertTrue(DataGeneration.changesAuditTrail("INSERT INTO aud_event (id, action) VALUES (?, ?)"));
        assertTrue(DataGeneration.changesAuditTrail("MERGE INTO somewhere KEY (id) VALUES (?)"));
        assertFalse(DataGeneration.changesAuditTrail("SELECT id FROM aud_event WHERE offer_id = ?"));
        assertFalse(DataGeneration.changesAuditTrail("INSERT INTO act_note (id, text) VALUES (?, ?)"));
        long before = DataGeneration.auditTrail();
        DataGeneration.movedForTest();
        assertTrue(DataGeneration.auditTrail() > before);
    }

    @Test
    void writesToAccountsGrantsPeopleAndRolesMoveTheAccessGeneration() {
        assertTrue(DataGeneration.changesAccess("UPDATE acc_user SET active = ? WHERE id = ?"));
        assertTrue(DataGeneration.changesAccess("INSERT INTO acc_supervisor_grant (id, offer_id) VALUES (?, ?)"));
        assertTrue(DataGeneration.changesAccess("MERGE INTO somewhere KEY (id) VALUES (?)"));
        assertFalse(DataGeneration.changesAccess("SELECT id FROM acc_user WHERE username = ?"));
        assertTrue(DataGeneration.changesAccess("UPDATE ppl_role_assignment SET archived = ? WHERE id = ?"));
        assertFalse(DataGeneration.changesAccess("INSERT INTO act_note (id, text) VALUES (?, ?)"));
    }

    @Test
    void aResultBuiltFromDataReadBeforeAWriteIsNotKeptAsCurrent() {
        GenerationCache<String, Integer> cache = new GenerationCache<>(2);
        LocalDate day = LocalDate.of(2025, 3, 10);
        long readAt = DataGeneration.current(); // the caller reads its data (a plan tree) here
        DataGeneration.movedForTest(); // a write commits before the result is built from that data
        assertEquals(1, cache.get("plan", day, readAt, () -> 1));
        assertEquals(2, cache.get("plan", day, () -> 2), "the result of the older data must not be answered now");
        assertEquals(2, cache.get("plan", day, () -> 3));
    }

    @Test
    void aCachedResultIsBuiltAgainAfterAWriteAndOnANewDay() {
        GenerationCache<String, Integer> cache = new GenerationCache<>(2);
        LocalDate day = LocalDate.of(2025, 3, 10);
        int[] builds = {0};
        assertEquals(1, cache.get("plan", day, () -> ++builds[0]));
        assertEquals(1, cache.get("plan", day, () -> ++builds[0]), "unchanged: from the cache");
        DataGeneration.movedForTest();
        assertEquals(2, cache.get("plan", day, () -> ++builds[0]), "after a write: built again");
        assertEquals(3, cache.get("plan", day.plusDays(1), () -> ++builds[0]), "the next day: built again");
        cache.get("a", day, () -> 0);
        cache.get("b", day, () -> 0);
        assertEquals(2, cache.size(), "bounded: the least recently used goes");
    }
}
