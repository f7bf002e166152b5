package vn.sochibo.model.branch;

import java.util.Objects;

/** A member holding a post in the branch leadership. */
public record Officer(long memberId, OfficerRole role) {
    public Officer {
        Objects.requireNonNull(role, "role");
    }
}
