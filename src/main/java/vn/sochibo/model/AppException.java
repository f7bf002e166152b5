package vn.sochibo.model;

import java.util.List;

/** A failure the user can act on, carried as a message key plus arguments so every layer can localise it. */
public class AppException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public AppException(String key, Object... args) {
        this(key, null, args);
    }

    public AppException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
