package vn.sochibo.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.Issue;
import vn.sochibo.model.ValidationException;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.common.I18n;

/**
 * The password part of the settings: set, change or remove the branch password and the idle lock time. Setting or
 * changing it needs the "Tôi đã hiểu" tick under a plain notice of what the password does and does not protect.
 */
public final class PasswordForm {
    public static final String FIELD_REPEAT = "security.field.repeat";
    public static final String FIELD_UNDERSTOOD = "security.field.understood";

    /** What saving does with the password. */
    public enum Action { KEEP, SET, CHANGE, REMOVE }

    private final PasswordService passwords;
    private final I18n i18n;
    private final ReadOnlyBooleanWrapper passwordSet = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>(Action.KEEP);
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final BooleanProperty understood = new SimpleBooleanProperty();
    private final StringProperty idleMinutes = new SimpleStringProperty();
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> focusRequest = new ReadOnlyObjectWrapper<>();
    private String done = "";

    public PasswordForm(PasswordService passwords, I18n i18n) {
        this.passwords = passwords;
        this.i18n = i18n;
        passwordSet.set(passwords.isSet());
        idleMinutes.set(Integer.toString(passwords.idleLockMinutes()));
        action.addListener((o, was, now) -> errors.set(""));
    }

    /** Everything that stops saving, each naming its field; nothing is checked for {@link Action#KEEP} but the time. */
    public List<Issue> check() {
        List<Issue> issues = new ArrayList<>(checkIdle());
        Action a = action.get();
        if ((a == Action.CHANGE || a == Action.REMOVE) && current.get().isEmpty()) {
            issues.add(Issue.error(PasswordService.FIELD_CURRENT, "validation.required"));
        }
        if (a == Action.SET || a == Action.CHANGE) {
            char[] typed = newPassword.get().toCharArray();
            issues.addAll(passwords.checkNew(typed));
            Arrays.fill(typed, '\0');
            if (!repeat.get().equals(newPassword.get())) {
                issues.add(Issue.error(FIELD_REPEAT, "security.error.repeatDiffers"));
            }
            if (!understood.get()) {
                issues.add(Issue.error(FIELD_UNDERSTOOD, "security.error.tickUnderstood"));
            }
        }
        return issues;
    }

    private List<Issue> checkIdle() {
        try {
            return PasswordService.checkIdleMinutes(Integer.parseInt(idleMinutes.get().strip()));
        } catch (NumberFormatException e) {
            return List.of(Issue.error(PasswordService.FIELD_IDLE, "security.error.idleRange", 0,
                    PasswordService.MAX_IDLE_MINUTES));
        }
    }

    /** Checks and saves at once; false (with {@link #errorsProperty()} saying why) when something stopped it. */
    public boolean apply() {
        List<Issue> issues = check();
        if (!issues.isEmpty()) {
            showErrors(issues);
            return false;
        }
        try {
            applyAction();
        } catch (ValidationException e) {
            current.set("");
            showErrors(e.issues());
            return false;
        }
        int minutes = Integer.parseInt(idleMinutes.get().strip());
        if (minutes != passwords.idleLockMinutes()) {
            passwords.setIdleLockMinutes(minutes);
        }
        clear();
        errors.set("");
        action.set(Action.KEEP);
        passwordSet.set(passwords.isSet());
        return true;
    }

    private void applyAction() {
        char[] typedCurrent = current.get().toCharArray();
        char[] typedNew = newPassword.get().toCharArray();
        done = "";
        try {
            switch (action.get()) {
                case SET -> passwords.set(typedNew, null);
                case CHANGE -> passwords.set(typedNew, typedCurrent);
                case REMOVE -> passwords.remove(typedCurrent);
                default -> {
                    return;
                }
            }
            done = switch (action.get()) {
                case SET -> i18n.tr("settings.security.done.set");
                case CHANGE -> i18n.tr("settings.security.done.changed");
                default -> i18n.tr("settings.security.done.removed");
            };
        } finally {
            Arrays.fill(typedCurrent, '\0');
            Arrays.fill(typedNew, '\0');
        }
    }

    private void showErrors(List<Issue> issues) {
        StringBuilder text = new StringBuilder(i18n.tr("settings.security.fixErrors"));
        issues.forEach(i -> text.append('\n').append(i18n.issue(i)));
        errors.set(text.toString());
        focusRequest.set(null);
        focusRequest.set(issues.get(0).field());
    }

    /** Empties the typed passwords (after saving, or when the dialog is cancelled). */
    public void clear() {
        current.set("");
        newPassword.set("");
        repeat.set("");
        understood.set(false);
    }

    /** What the last save did ("Đã đặt mật khẩu."), or "" when the password was left as it was. */
    public String doneMessage() {
        return done;
    }

    /** "No password yet" or "A password is set", as it is now. */
    public String status() {
        return i18n.tr(passwordSet.get() ? "settings.security.status.set" : "settings.security.status.none");
    }

    public ReadOnlyBooleanProperty passwordSetProperty() {
        return passwordSet.getReadOnlyProperty();
    }

    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    /** True when the current password must be typed (changing or removing). */
    public BooleanBinding needsCurrent() {
        return Bindings.createBooleanBinding(() -> action.get() == Action.CHANGE || action.get() == Action.REMOVE,
                action);
    }

    /** True when a new password is typed, and the notice with its tick is shown (setting or changing). */
    public BooleanBinding needsNew() {
        return Bindings.createBooleanBinding(() -> action.get() == Action.SET || action.get() == Action.CHANGE,
                action);
    }

    public BooleanBinding isChanging() {
        return action.isEqualTo(Action.CHANGE);
    }

    public BooleanBinding isRemoving() {
        return action.isEqualTo(Action.REMOVE);
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    /** The idle lock time in minutes as typed. */
    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    /** The field (its name key) to focus after a refused save, so the keyboard lands where the fix is. */
    public ReadOnlyObjectProperty<String> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** "Chưa lưu được. Vui lòng sửa:" and one line per problem naming its field, or "". */
    public ReadOnlyStringProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }
}
