package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a read remembers is shared until the next write, and never seen inside a write. */
class RememberedReadsTest {
    @TempDir
    Path dir;
    private Database db;
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("r.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Object read(Tx tx) {
        return tx.remember("key", () -> "value " + reads.incrementAndGet());
    }

    @Test
    void read_twiceWithoutAWrite_readsTheFileOnceAndSharesTheValue() {
        Object first = db.read(this::read);
        Object second = db.read(this::read);
        assertSame(first, second);
        assertEquals(1, reads.get());
    }

    @Test
    void read_afterClose_isRefusedEvenWhenRemembered() {
        db.read(this::read);
        db.close();
        assertThrows(IllegalStateException.class, () -> db.read(this::read));
        assertThrows(IllegalStateException.class, () -> db.write(tx -> null));
        assertEquals(1, reads.get());
    }

    @Test
    void read_afterAWrite_readsAgain() {
        db.read(this::read);
        db.write(tx -> null);
        assertEquals("value 2", db.read(this::read));
    }

    @Test
    void read_afterAFailedWrite_readsAgain() {
        db.read(this::read);
        try {
            db.write(tx -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the write rolled back; what was remembered is forgotten all the same
        }
        assertEquals("value 2", db.read(this::read));
    }

    @Test
    void read_insideAWrite_readsAfreshAndRemembersNothing() {
        db.read(this::read);
        Object inside = db.write(tx -> db.read(this::read));
        assertEquals("value 2", inside);
        assertEquals("value 3", db.read(this::read));
    }
}
