package vn.sochibo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.bench.Benchmark;

/**
 * {@code bench --db FILE}: measures the program's work on the file in one warm process and prints one figure a line
 * (name, value, unit separated by tabs); the files it writes go to a temporary folder that is removed afterwards.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = scratchFolder();
        try {
            boolean minutes = new Benchmark(common::openExisting, Messages.forLanguage("vi"), scratch,
                    f -> {
                        out.println(f.line());
                        out.flush();
                    }).run();
            if (!minutes) {
                spec.commandLine().getErr().println(messages.tr("cli.bench.noMinutes"));
            }
        } finally {
            remove(scratch);
        }
        return 0;
    }

    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("sochibo-bench");
        } catch (IOException e) {
            throw new AppException("db.error.folder", e, System.getProperty("java.io.tmpdir"));
        }
    }

    private static void remove(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
