package vn.sochibo.model;

import java.util.List;

/**
 * One validation finding: the field it concerns (a message key naming the field), a message key saying what is
 * expected, its arguments, and whether it blocks saving.
 */
public record Issue(String field, String key, List<Object> args, Severity severity) {
    /** Errors block saving; warnings are shown and then accepted. */
    public enum Severity { ERROR, WARNING }

    public Issue {
        args = List.copyOf(args);
    }

    public static Issue error(String field, String key, Object... args) {
        return new Issue(field, key, List.of(args), Severity.ERROR);
    }

    public static Issue warning(String field, String key, Object... args) {
        return new Issue(field, key, List.of(args), Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True when any of the issues blocks saving. */
    public static boolean anyError(List<Issue> issues) {
        return issues.stream().anyMatch(Issue::isError);
    }
}
