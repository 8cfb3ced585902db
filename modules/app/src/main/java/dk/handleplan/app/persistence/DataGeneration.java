package dk.handleplan.app.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * A counter that moves whenever data the cached views are made of may have changed: every INSERT,
 * UPDATE or DELETE that EclipseLink sends (entity changes, JPQL bulk updates and native statements alike)
 * moves it once when the statement is sent and once more after its transaction has ended. A cached
 * result is valid only for the generation it was computed at ({@link GenerationCache}).
 *
 * <p>Why twice: the first move makes readers that start after the write miss the cache; a reader that
 * ran between the write and the commit may have stored what it read before the commit under the new
 * generation, and the second move, after the commit, leaves that entry behind. A transaction that has
 * written must neither read nor fill a cache ({@link #writtenInThisTransaction()}): it sees its own
 * uncommitted rows.
 *
 * <p>Writes to tables no cached view reads (the audit trail, sign-in accounts, reminders' bookkeeping)
 * do not move it: every export and every sign-in writes the audit trail. A table missing from that list
 * costs only cache misses. Writes that bypass EclipseLink (there are none; Flyway runs before the
 * caches are used) would not be seen.
 *
 * <p>A second counter, {@link #access()}, moves the same way on writes to what decides who may sign
 * in and what they may reach: the accounts (password, lock-out, failed attempts, deactivation), the
 * supervisor grants, the people and their roles; remembered sign-ins and callers' access depend on it
 * alone, so a progress note does not make everyone's access be read again. A third,
 * {@link #auditTrail()}, on writes to the audit trail, for the overview's "last changed" lines.
 */
public final class DataGeneration {

    private static final Logger LOG = Logger.getLogger(DataGeneration.class.getName());
    private static final AtomicLong GENERATION = new AtomicLong();
    private static final Set<String> NOT_IN_CACHED_VIEWS = Set.of("aud_event", "acc_user", "acc_supervisor_grant",
            "rem_digest", "rem_reminder", "rem_feed_token");
    private static final Object WROTE = new Object();
    private static final Object WROTE_ACCESS = new Object();
    /** Moved by writes to the tables that decide sign-in and access, which remembered sign-ins and access depend on. */
    private static final AtomicLong ACCESS = new AtomicLong();
    private static final Set<String> ACCESS_TABLES = Set.of("acc_user", "acc_supervisor_grant", "ppl_person",
            "ppl_role_assignment");
    private static final Object WROTE_AUDIT = new Object();
    /** Moved by writes to the audit trail, which the overview's "last changed" lines read. */
    private static final AtomicLong AUDIT = new AtomicLong();
    private static final Set<String> AUDIT_TABLES = Set.of("aud_event");
    private static final Object FIRST_STATEMENT = new Object();
    private static volatile TransactionSynchronizationRegistry registry;

    private DataGeneration() {
    }

    /** The current generation. Read it before reading the data a cached result is built from. */
    public static long current() {
        return GENERATION.get();
    }

    /**
     * The generation when the current transaction sent its first statement (now, outside a transaction):
     * everything it has read is at least as new, so a result built from it may be stored under it.
     * Entities the transaction read earlier stay as they were read (the persistence context), which is
     * why the generation of the transaction's start counts, not that of the moment of storing.
     */
    public static long ofThisTransaction() {
        long now = GENERATION.get();
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null) {
            return now;
        }
        Object first = transactions.getResource(FIRST_STATEMENT);
        return first instanceof Long generation ? Math.min(generation, now) : now;
    }

    /** True when the current transaction has sent a write that moves the access generation. */
    public static boolean accessWrittenInThisTransaction() {
        return wroteInThisTransaction(WROTE_ACCESS);
    }

    /** True when the current transaction has sent a write that moves the generation. */
    public static boolean writtenInThisTransaction() {
        return wroteInThisTransaction(WROTE);
    }

    private static boolean wroteInThisTransaction(Object marker) {
        TransactionSynchronizationRegistry transactions = registry();
        return transactions != null && transactions.getTransactionKey() != null
                && transactions.getResource(marker) != null;
    }

    /** The EclipseLink listener that moves the generation (installed by {@link SessionListeners}). */
    static SessionEventAdapter listener() {
        return new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                TransactionSynchronizationRegistry transactions = registry();
                if (transactions != null && transactions.getTransactionKey() != null
                        && transactions.getResource(FIRST_STATEMENT) == null) {
                    transactions.putResource(FIRST_STATEMENT, GENERATION.get());
                }
            }

            @Override
            public void postExecuteCall(SessionEvent event) {
                if (event.getCall() instanceof DatabaseCall call) {
                    String table = writtenTable(call.getSQLString());
                    if (table != null && (table.isEmpty() || !NOT_IN_CACHED_VIEWS.contains(table))) {
                        written(GENERATION, WROTE);
                    }
                    if (writesToAny(table, ACCESS_TABLES)) {
                        written(ACCESS, WROTE_ACCESS);
                    }
                    if (writesToAny(table, AUDIT_TABLES)) {
                        written(AUDIT, WROTE_AUDIT);
                    }
                }
            }
        };
    }

    /** Whether a statement may change data a cached view reads: not a query, not a table outside them. */
    static boolean changesCachedData(String sql) {
        String table = writtenTable(sql);
        return table != null && (table.isEmpty() || !NOT_IN_CACHED_VIEWS.contains(table));
    }

    /** Whether a statement may change the audit trail (an unrecognised write counts as one). */
    static boolean changesAuditTrail(String sql) {
        return writesToAny(writtenTable(sql), AUDIT_TABLES);
    }

    /** Whether a statement may change the accounts, supervisor grants, people or roles. */
    static boolean changesAccess(String sql) {
        return writesToAny(writtenTable(sql), ACCESS_TABLES);
    }

    /** Whether a statement that writes {@code written} ({@link #writtenTable}) may change one of {@code tables}. */
    private static boolean writesToAny(String written, Set<String> tables) {
        return written != null && (written.isEmpty() || tables.contains(written));
    }

    /**
     * The table a statement writes to; "" for a write whose table is not recognised (counted as a
     * write to every table); null for a query.
     */
    static String writtenTable(String sql) {
        if (sql == null) {
            return "";
        }
        String statement = sql.stripLeading().toLowerCase(Locale.ROOT);
        // H2 takes the next id of a sequence with CALL (PostgreSQL with SELECT nextval): a read of the
        // sequence, not a write. Counted as an unrecognised write, every 50th id (the allocation size)
        // moved all three generations on H2: every export's audit entry emptied the caches of exports and
        // of callers' access now and then (the cached PDF's p99 of 790 ms in the benchmark of 2026-12-06).
        if (statement.startsWith("select") || statement.startsWith("with") || statement.startsWith("values")
                || statement.startsWith("call next value for ")) {
            return null;
        }
        if (statement.startsWith("insert into ")) {
            return firstWord(statement.substring("insert into ".length()));
        } else if (statement.startsWith("update ")) {
            return firstWord(statement.substring("update ".length()));
        } else if (statement.startsWith("delete from ")) {
            return firstWord(statement.substring("delete from ".length()));
        }
        return "";
    }

    /**
     * The access generation: a sign-in checked, or a caller's access read, at this generation is still
     * valid while it stands (moved by writes to the accounts, supervisor grants, people and roles).
     */
    public static long access() {
        return ACCESS.get();
    }

    /**
     * The audit trail's generation: read it before reading the trail; what was read stays the trail's
     * newest while it stands (moved like the data generation, when a write is sent and after its commit).
     */
    public static long auditTrail() {
        return AUDIT.get();
    }

    private static String firstWord(String text) {
        String rest = text.stripLeading();
        int end = 0;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_')) {
            end++;
        }
        return rest.substring(0, end);
    }

    /** A write outside any transaction, for unit tests of the caches. */
    static void movedForTest() {
        written(GENERATION, WROTE);
        written(ACCESS, WROTE_ACCESS);
        written(AUDIT, WROTE_AUDIT);
    }

    private static void written(AtomicLong counter, Object wrote) {
        counter.incrementAndGet();
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null
                || transactions.getResource(wrote) != null) {
            return;
        }
        try {
            transactions.putResource(wrote, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    counter.incrementAndGet();
                }
            });
        } catch (IllegalStateException e) {
            // Too late in the transaction to be told of its end: move it now, and make the entries
            // stored from here on unusable (a reader may store what it read before this commit).
            counter.incrementAndGet();
            if (!poisoned) {
                poisoned = true;
                LOG.log(Level.WARNING, "A write could not be followed to the end of its transaction: "
                        + "cached views are off until the server restarts", e);
            }
        }
    }

    /** Set when a write could not be followed to its commit; caches then store nothing until restart. */
    private static volatile boolean poisoned;

    /** Whether results may be cached at all (see {@link #written}). */
    public static boolean cachingSafe() {
        return !poisoned;
    }

    /** The container's registry, handed over at start-up (before the first request). */
    static void use(TransactionSynchronizationRegistry transactions) {
        registry = transactions;
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                registry = found;
            } catch (NamingException e) {
                return null; // outside the server (unit tests)
            }
        }
        return found;
    }
}
