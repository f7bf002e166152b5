package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.sochibo.store.DataFiles;

/** Shared set-up of the backup, restore and check command tests: a data file and a fake environment. */
abstract class BackupCommandsTest {
    @TempDir
    Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Map<String, String> env = new HashMap<>();
    /** Answers typed at the password prompt; none queued means no console. */
    final Deque<String> typed = new ArrayDeque<>();
    boolean console;

    @BeforeEach
    void data() {
        db = DataFiles.withMembers(dir.resolve("sochibo.db"), 4);
    }

    int run(String... args) {
        PasswordSource passwords = new PasswordSource(env::get, console ? text -> {
            String next = typed.poll();
            return next == null ? null : next.toCharArray();
        } : null);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == BackupCommand.class) {
                    return type.cast(new BackupCommand(passwords));
                }
                if (type == RestoreCommand.class) {
                    return type.cast(new RestoreCommand(passwords));
                }
                if (type == CheckCommand.class) {
                    return type.cast(new CheckCommand(passwords));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), factory);
    }

    String outLine() {
        return out.toString().strip();
    }

    /** The single line written on stderr (fails when there are more, or a stack trace). */
    String errLine() {
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertFalse(err.toString().contains("Exception"));
        return err.toString().strip();
    }

    void assertUnchanged(byte[] before) throws Exception {
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    void assertNoFile(Path file) {
        assertTrue(Files.notExists(file), file + " must not exist");
    }
}
