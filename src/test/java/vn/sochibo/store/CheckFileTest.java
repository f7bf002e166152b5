package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking a file says what is wrong in plain words and never changes or creates a file. */
class CheckFileTest {
    @TempDir
    Path dir;

    private List<String> filesInDir() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertProblemAndUnchanged(Path file, FileProblem expected) throws Exception {
        byte[] before = Files.readAllBytes(file);
        List<String> filesBefore = filesInDir();
        assertEquals(Optional.of(expected), Snapshots.check(file, false).problem());
        assertEquals(Optional.of(expected), Snapshots.check(file, true).problem());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(filesBefore, filesInDir(), "no file was created beside it");
    }

    @Test
    void check_healthyClosedDatabase_isOkAndLeavesNoFileBeside() throws Exception {
        Path file = DataFiles.withMembers(dir.resolve("good.db"), 20);
        List<String> before = filesInDir();
        assertTrue(Snapshots.check(file, true).isOk());
        assertTrue(Snapshots.check(file, false).isOk());
        assertEquals(before, filesInDir());
    }

    @Test
    void check_databaseOpenInTheApp_isOk() {
        Path file = dir.resolve("open.db");
        try (Database db = Database.open(file)) {
            DataFiles.addMembers(db, 10, "Mở");
            assertTrue(Snapshots.check(file, true).isOk());
            assertEquals(10, Snapshots.counts(file).members());
        }
    }

    @Test
    void check_truncatedFile_saysCutOffAndLeavesItUnchanged() throws Exception {
        Path good = DataFiles.withMembers(dir.resolve("good.db"), 50);
        assertProblemAndUnchanged(DataFiles.truncatedCopy(good, dir.resolve("cut.db")), FileProblem.TRUNCATED);
    }

    @Test
    void check_emptyFile_saysCutOff() throws Exception {
        assertProblemAndUnchanged(Files.createFile(dir.resolve("empty.db")), FileProblem.TRUNCATED);
    }

    @Test
    void check_textFile_saysNotADataFileAndLeavesItUnchanged() throws Exception {
        assertProblemAndUnchanged(DataFiles.textFile(dir.resolve("notes.db")), FileProblem.NOT_DATABASE);
    }

    @Test
    void check_otherProgramsDatabase_saysNotADataFile() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE photos (id INTEGER)");
        }
        assertProblemAndUnchanged(file, FileProblem.NOT_DATABASE);
    }

    @Test
    void check_fileFromNewerVersion_saysNewerAndLeavesItUnchanged() throws Exception {
        assertProblemAndUnchanged(DataFiles.newerVersion(dir.resolve("newer.db")), FileProblem.NEWER_VERSION);
    }

    @Test
    void check_damagedPages_saysDamagedAndLeavesItUnchanged() throws Exception {
        Path good = DataFiles.withMembers(dir.resolve("good.db"), 300);
        assertProblemAndUnchanged(DataFiles.damagedCopy(good, dir.resolve("bad.db")), FileProblem.DAMAGED);
    }

    @Test
    void check_missingFile_saysMissingAndCreatesNothing() throws Exception {
        assertEquals(Optional.of(FileProblem.MISSING), Snapshots.check(dir.resolve("none.db"), true).problem());
        assertFalse(Files.exists(dir.resolve("none.db")));
        assertEquals(List.of(), filesInDir());
    }
}
