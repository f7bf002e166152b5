package vn.sochibo.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.sochibo.model.member.StatusFilter;

/** The spellings --status accepts. */
final class StatusCodes {
    private StatusCodes() {
    }

    static String list() {
        return Arrays.stream(StatusFilter.values()).map(StatusFilter::code).collect(Collectors.joining(", "));
    }
}
