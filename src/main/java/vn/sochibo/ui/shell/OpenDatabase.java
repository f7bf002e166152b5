package vn.sochibo.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import vn.sochibo.service.Services;
import vn.sochibo.ui.backup.DatabaseHandle;

/** The database the window works on: its services, the unlock password, and closing/reopening around a restore. */
public final class OpenDatabase implements DatabaseHandle {
    private final Path file;
    private final Clock clock;
    private final Runnable onReopened;
    private Services services;
    private char[] password;

    public OpenDatabase(Services services, Clock clock, Runnable onReopened) {
        this.services = services;
        this.file = services.file();
        this.clock = clock;
        this.onReopened = onReopened;
    }

    /** The services over the open file (after a reopen, new ones). */
    public Services services() {
        return services;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Optional<char[]> password() {
        return Optional.ofNullable(password).map(char[]::clone);
    }

    /** Keeps the password entered at unlock (null: none is set). */
    public void setPassword(char[] value) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        password = value == null ? null : value.clone();
    }

    @Override
    public void closeForReplace() {
        if (services != null) {
            services.close();
            services = null;
        }
    }

    @Override
    public void reopen() {
        if (services == null) {
            services = Services.open(file, clock);
        }
        onReopened.run();
    }

    /** Closes the database when the window ends. */
    public void close() {
        closeForReplace();
        setPassword(null);
    }
}
