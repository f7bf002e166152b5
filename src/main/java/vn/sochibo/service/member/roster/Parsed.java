package vn.sochibo.service.member.roster;

import java.util.List;

/** A value read from a cell, or the message key (with arguments) saying why it could not be read. */
record Parsed<T>(T value, String problem, List<Object> args) {
    Parsed {
        args = List.copyOf(args);
    }

    static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null, List.of());
    }

    static <T> Parsed<T> bad(String problem, Object... args) {
        return new Parsed<>(null, problem, List.of(args));
    }

    boolean failed() {
        return problem != null;
    }
}
