package vn.sochibo.store;

import java.util.Optional;

/** The result of checking a data file: fine, or the one problem found. */
public record FileCheck(Optional<FileProblem> problem) {
    private static final FileCheck OK = new FileCheck(Optional.empty());

    /** A file without errors. */
    public static FileCheck ok() {
        return OK;
    }

    /** A file with the given problem. */
    public static FileCheck of(FileProblem problem) {
        return new FileCheck(Optional.of(problem));
    }

    public boolean isOk() {
        return problem.isEmpty();
    }
}
