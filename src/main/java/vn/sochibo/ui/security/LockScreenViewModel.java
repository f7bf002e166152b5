package vn.sochibo.ui.security;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.common.UiContext;

/**
 * The lock screen: checks the typed password off the window's thread; a wrong one only says "Sai mật khẩu." and
 * clears the field, the right one is handed back so the app can encrypt backups with it.
 */
public final class LockScreenViewModel {
    private final UiContext ui;
    private final PasswordService passwords;
    private final String branchName;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private char[] result;

    public LockScreenViewModel(UiContext ui, PasswordService passwords, String branchName) {
        this.ui = ui;
        this.passwords = passwords;
        this.branchName = branchName == null ? "" : branchName;
    }

    /** Checks the typed password; the field is emptied either way. */
    public void unlock() {
        if (busy.get() || finished.get()) {
            return;
        }
        String typed = password.get() == null ? "" : password.get();
        password.set("");
        if (typed.isEmpty()) {
            message.set(ui.i18n().tr("security.lock.empty"));
            error.set(true);
            return;
        }
        char[] chars = typed.toCharArray();
        busy.set(true);
        error.set(false);
        message.set(ui.i18n().tr("security.lock.checking"));
        ui.tasks().run(() -> passwords.verify(chars), right -> checked(chars, right), failure -> {
            Arrays.fill(chars, '\0');
            busy.set(false);
            message.set(ui.describe(failure));
            error.set(true);
        });
    }

    private void checked(char[] chars, boolean right) {
        busy.set(false);
        if (finished.get()) {
            Arrays.fill(chars, '\0');
        } else if (right) {
            result = chars;
            message.set("");
            finished.set(true);
        } else {
            Arrays.fill(chars, '\0');
            message.set(ui.i18n().tr("security.lock.wrong"));
            error.set(true);
        }
    }

    /** The user chose to close the program instead of unlocking. */
    public void quit() {
        if (!finished.get()) {
            password.set("");
            finished.set(true);
        }
    }

    /** The verified password once unlocked (the caller owns and wipes it), or empty after {@link #quit()}. */
    public Optional<char[]> result() {
        return Optional.ofNullable(result);
    }

    public String branchName() {
        return branchName;
    }

    /** The text of the password field (bound to it both ways). */
    public StringProperty passwordProperty() {
        return password;
    }

    /** What to tell the user: "Sai mật khẩu.", a request to type one, or that it is being checked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message reports a problem (shown in bold red besides its words). */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the password is being checked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once unlocked or quit: the window closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
