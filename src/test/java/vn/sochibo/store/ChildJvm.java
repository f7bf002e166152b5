package vn.sochibo.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process running a test main class on this test's class path, as another copy of the program would:
 * lines can be sent to its standard input, its output lines are collected as they come, and it can be killed.
 */
final class ChildJvm {
    private final Process process;
    private final PrintWriter in;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private String awaited;
    private CountDownLatch seen = new CountDownLatch(0);

    private ChildJvm(Process process) {
        this.process = process;
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::collect, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with the arguments; SQLite unpacks its native library into {@code scratch}. */
    static ChildJvm start(Path scratch, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dorg.sqlite.tmpdir=" + scratch, "-Djava.io.tmpdir=" + scratch, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command)
                    .redirectError(scratch.resolve("child-" + System.nanoTime() + ".err").toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one line to the child's standard input. */
    void send(String line) {
        in.println(line);
    }

    /** Waits until a line starting with the prefix was printed; false when the child ended first or time ran out. */
    boolean awaitLine(String prefix, long timeoutMs) throws InterruptedException {
        synchronized (this) {
            if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                return true;
            }
            awaited = prefix;
            seen = new CountDownLatch(1);
        }
        return seen.await(timeoutMs, TimeUnit.MILLISECONDS) && lines().stream().anyMatch(l -> l.startsWith(prefix));
    }

    /**
     * Kills the process the hard way (SIGKILL on Linux and macOS) and returns its exit code once it is gone. Through
     * its handle, because {@code Process.destroyForcibly()} also closes our end of its output pipe, losing lines it
     * printed just before.
     */
    int kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
        return process.exitValue();
    }

    /** Closes its input (a child waiting on it then ends by itself) and returns the exit code. */
    int finish(long timeoutMs) throws InterruptedException {
        in.close();
        if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            return kill();
        }
        return process.exitValue();
    }

    /** Every line printed so far; after the process ended and its output was drained, all of them. */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until everything the process printed before it ended has been collected. */
    List<String> allLines() throws InterruptedException {
        if (!ended.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child output not closed");
        }
        return lines();
    }

    private void collect() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (this) {
                    lines.add(line);
                    if (awaited != null && line.startsWith(awaited)) {
                        awaited = null;
                        seen.countDown();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ended.countDown();
            synchronized (this) {
                seen.countDown();
            }
        }
    }
}
