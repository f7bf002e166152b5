package vn.sochibo.ui.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A database handle for tests: records closing and reopening, optionally runs code on each, and a password. */
public final class FakeDatabaseHandle implements DatabaseHandle {
    private final Path file;
    private char[] password;
    public final List<String> calls = new ArrayList<>();
    public Consumer<Path> onClose = f -> { };
    public Consumer<Path> onReopen = f -> { };

    public FakeDatabaseHandle(Path file) {
        this.file = file;
    }

    /** Backups are encrypted with this password. */
    public FakeDatabaseHandle withPassword(String value) {
        password = value == null ? null : value.toCharArray();
        return this;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Optional<char[]> password() {
        return Optional.ofNullable(password);
    }

    @Override
    public void closeForReplace() {
        calls.add("close");
        onClose.accept(file);
    }

    @Override
    public void reopen() {
        calls.add("reopen");
        onReopen.accept(file);
    }
}
