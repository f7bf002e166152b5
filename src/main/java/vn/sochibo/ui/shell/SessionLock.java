package vn.sochibo.ui.shell;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.security.IdleLock;
import vn.sochibo.ui.security.LockScreenController;

/**
 * The branch password as the window lives it: asked before any data shows, asked again after the idle time,
 * and kept (in memory only) so backups can be encrypted with it.
 */
public final class SessionLock {
    private final Supplier<UiContext> ui;
    private final OpenDatabase open;
    private final Supplier<Window> owner;

    public SessionLock(Supplier<UiContext> ui, OpenDatabase open, Supplier<Window> owner) {
        this.ui = ui;
        this.open = open;
        this.owner = owner;
    }

    private PasswordService passwords() {
        return new PasswordService(open.services().database());
    }

    /** True when a password is set: {@link #unlock} will ask for it. */
    public boolean asksPassword() {
        return passwords().isSet();
    }

    /** True when data may be shown: no password is set, or the right one was typed. */
    public boolean unlock() {
        PasswordService passwords = passwords();
        if (!passwords.isSet()) {
            open.setPassword(null);
            return true;
        }
        String branch = open.services().branch().profile().map(BranchProfile::branchName).orElse("");
        Optional<char[]> typed = LockScreenController.unlock(ui.get(), owner.get(), passwords, branch);
        typed.ifPresent(p -> {
            open.setPassword(p);
            Arrays.fill(p, '\0');
        });
        return typed.isPresent();
    }

    /** Locks the scene after the idle time chosen in the settings (nothing when no password is set). */
    public void watch(Scene scene) {
        PasswordService passwords = passwords();
        Duration idle = passwords.isSet() ? Duration.ofMinutes(passwords.idleLockMinutes()) : Duration.ZERO;
        IdleLock.install(scene, idle, this::relock);
    }

    /** Stops watching a scene that is being replaced. */
    public void forget(Scene scene) {
        if (scene != null) {
            IdleLock.uninstall(scene);
        }
    }

    /** After the settings: a removed password is forgotten, a new or changed one is asked for once. */
    public void afterSettings(Scene scene) {
        PasswordService passwords = passwords();
        if (!passwords.isSet()) {
            open.setPassword(null);
        } else if (open.password().map(p -> !passwords.verify(p)).orElse(true)) {
            relock();
        }
        watch(scene);
    }

    private void relock() {
        if (!unlock()) {
            Platform.exit();
        }
    }
}
