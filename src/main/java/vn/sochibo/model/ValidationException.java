package vn.sochibo.model;

import java.util.List;

/** Thrown when input breaks a rule; carries every issue so the form or command can show all of them at once. */
public class ValidationException extends AppException {
    private final transient List<Issue> issues;

    public ValidationException(List<Issue> issues) {
        super(issues.get(0).key(), issues.get(0).args().toArray());
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
