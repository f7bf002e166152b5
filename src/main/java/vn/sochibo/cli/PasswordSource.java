package vn.sochibo.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.function.Function;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;

/**
 * Where a command gets the password of encrypted backups: the variable SOCHIBO_PASSWORD, else typed on the
 * console without echo. Never printed.
 */
public final class PasswordSource {
    public static final String ENV_VARIABLE = "SOCHIBO_PASSWORD";
    private final Function<String, String> env;
    private final Prompt prompt;

    /** Reads one line without echo; null when the console is gone. */
    @FunctionalInterface
    public interface Prompt {
        char[] read(String text);
    }

    /** A source over the given environment and prompt (null when there is no console). */
    public PasswordSource(Function<String, String> env, Prompt prompt) {
        this.env = env;
        this.prompt = prompt;
    }

    /** The process's environment and console. */
    public static PasswordSource system() {
        Console console = System.console();
        return new PasswordSource(System::getenv, console == null ? null : text -> console.readPassword("%s", text));
    }

    /** True when SOCHIBO_PASSWORD is set. */
    boolean inEnvironment() {
        String value = env.apply(ENV_VARIABLE);
        return value != null && !value.isEmpty();
    }

    /** The password to open an existing backup: the variable, else asked once; refuses when neither exists. */
    char[] forReading(Messages messages) {
        if (inEnvironment()) {
            return env.apply(ENV_VARIABLE).toCharArray();
        }
        return ask(messages, "cli.backup.passwordPrompt");
    }

    /** The password to encrypt a new backup: the variable, else asked twice so a typing slip is caught. */
    char[] forWriting(Messages messages) {
        if (inEnvironment()) {
            return env.apply(ENV_VARIABLE).toCharArray();
        }
        char[] first = ask(messages, "cli.backup.passwordPrompt");
        char[] second = ask(messages, "cli.backup.passwordAgain");
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, ' ');
        if (!same) {
            Arrays.fill(first, ' ');
            throw new AppException("cli.backup.passwordMismatch");
        }
        return first;
    }

    private char[] ask(Messages messages, String key) {
        char[] typed = prompt == null ? null : prompt.read(messages.tr(key));
        if (typed == null || typed.length == 0) {
            throw new AppException("cli.backup.noPassword");
        }
        return typed;
    }
}
