package vn.sochibo.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app as a user gets it: the jpackage app-image built before the integration tests (jlinked runtime, no
 * JDK or Maven needed) starts from its own launcher and runs headless commands.
 */
class PackagedAppIT {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void launcher_version_printsTheAppNameAndThePomVersion() throws Exception {
        Result result = run("--version");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Sổ Chi Bộ " + System.getProperty("sochibo.version"), result.output().strip());
    }

    @Test
    void launcher_demoThenMembers_listsTheSampleBranchFromItsDatabase() throws Exception {
        String db = dir.resolve("demo.db").toString();

        Result demo = run("demo", "--db", db);
        Result members = run("members", "--db", db);

        assertEquals(0, demo.exitCode(), demo::toString);
        assertTrue(demo.output().contains("35"), demo::toString);
        assertEquals(0, members.exitCode(), members::toString);
        List<String> rows = members.output().strip().lines().toList();
        assertEquals(35, rows.size(), members::toString);
        assertTrue(rows.stream().allMatch(row -> row.split("\t").length >= 3), members::toString);
    }

    /** Runs the app-image's launcher with {@code args}; its standard output and error as UTF-8. */
    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("out-" + System.nanoTime() + ".txt");
        Path errors = dir.resolve("err-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(errors.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8),
                Files.readString(errors, StandardCharsets.UTF_8));
    }

    /** The launcher inside the app-image for this operating system. */
    private static Path launcher() {
        Path image = Path.of(System.getProperty("sochibo.image", "target/dist/image"));
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        Path path = os.contains("win") ? image.resolve("sochibo/sochibo.exe")
                : os.contains("mac") ? image.resolve("sochibo.app/Contents/MacOS/sochibo")
                : image.resolve("sochibo/bin/sochibo");
        assertTrue(Files.isExecutable(path), "no app-image launcher at " + path + " (built by mvn verify)");
        return path;
    }

    /** What the launcher printed: standard output, and standard error for the failure message. */
    private record Result(int exitCode, String output, String errors) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output + "\n" + errors;
        }
    }
}
