package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.sochibo.model.member.Member;
import vn.sochibo.service.Services;

/**
 * What one kind of killed writer reported, checked against the file: every change acknowledged with SAVED is there,
 * and the only other change allowed is the one that was in flight (BEGIN without SAVED), whole or not at all.
 */
abstract class CrashLedger {
    final String kind;
    final Path db;
    int acknowledged;
    int killedMidWrite;
    int inFlightKept;

    CrashLedger(String kind, Path db) {
        this.kind = kind;
        this.db = db;
    }

    /** Checks the opened file against the lines the killed writer printed. */
    abstract void check(Services services, List<String> lines);

    /** Edits and autosaves: each member's value is its last acknowledged one, or the one in flight when killed. */
    static final class Values extends CrashLedger {
        private final Function<Member, String> value;
        private final Map<Long, String> truth = new HashMap<>();

        Values(String kind, Path db, Services services, Function<Member, String> value) {
            super(kind, db);
            this.value = value;
            services.members().all().forEach(h -> truth.put(h.member().id(), value.apply(h.member())));
        }

        @Override
        void check(Services services, List<String> lines) {
            Map<Long, String> expected = new HashMap<>(truth);
            String[] inFlight = null;
            for (String line : lines) {
                String[] p = line.split(" ");
                if (p[0].equals("BEGIN")) {
                    inFlight = p;
                } else if (p[0].equals("SAVED")) {
                    expected.put(Long.parseLong(p[2]), p[3]);
                    inFlight = null;
                    acknowledged++;
                }
            }
            killedMidWrite += inFlight != null ? 1 : 0;
            for (Map.Entry<Long, String> e : expected.entrySet()) {
                String actual = value.apply(services.members().get(e.getKey()).member());
                boolean wasInFlight = inFlight != null && Long.parseLong(inFlight[2]) == e.getKey()
                        && inFlight[3].equals(actual) && !actual.equals(e.getValue());
                assertTrue(actual.equals(e.getValue()) || wasInFlight, kind + " member " + e.getKey()
                        + ": acknowledged " + e.getValue() + " but found " + actual + "; last lines "
                        + lines.subList(Math.max(0, lines.size() - 6), lines.size()));
                inFlightKept += wasInFlight ? 1 : 0;
                truth.put(e.getKey(), actual);
            }
        }
    }

    /** Imports: every acknowledged batch is complete with its events, and no batch is ever partly there. */
    static final class Batches extends CrashLedger {
        private final Set<String> saved = new HashSet<>();

        Batches(Path db) {
            super("import", db);
        }

        @Override
        void check(Services services, List<String> lines) {
            String inFlight = null;
            for (String line : lines) {
                String[] p = line.split(" ");
                if (p[0].equals("BEGIN")) {
                    inFlight = "lô " + p[2];
                } else if (p[0].equals("SAVED")) {
                    saved.add("lô " + p[2]);
                    assertEquals(String.valueOf(CrashWriter.BATCH), p[3]);
                    inFlight = null;
                    acknowledged++;
                }
            }
            killedMidWrite += inFlight != null ? 1 : 0;
            Map<String, long[]> found = batches(services);
            for (String batch : saved) {
                assertTrue(found.containsKey(batch), "acknowledged batch lost: " + batch);
            }
            for (Map.Entry<String, long[]> e : found.entrySet()) {
                assertEquals(CrashWriter.BATCH, e.getValue()[0], "members of " + e.getKey());
                assertEquals(CrashWriter.BATCH, e.getValue()[1], "admission events of " + e.getKey());
                boolean known = saved.contains(e.getKey());
                assertTrue(known || e.getKey().equals(inFlight), "unexpected batch " + e.getKey());
                if (!known) {
                    saved.add(e.getKey());
                    inFlightKept++;
                }
            }
        }

        /** Members and events per batch (the note names the batch). */
        private static Map<String, long[]> batches(Services services) {
            return services.database().read(tx -> tx.call(c -> {
                Map<String, long[]> out = new HashMap<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT m.note, "
                        + "count(DISTINCT m.id), count(e.id) FROM member m LEFT JOIN member_event e "
                        + "ON e.member_id = m.id GROUP BY m.note")) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
                return out;
            }));
        }
    }
}
