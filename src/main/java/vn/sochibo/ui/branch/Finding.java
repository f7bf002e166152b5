package vn.sochibo.ui.branch;

import vn.sochibo.model.Issue;

/** A validation issue together with the control it marks; {@code field} is null when no single control fits. */
public record Finding(ProfileField field, Issue issue) {
    /** An error on the given control, named by the control's field key. */
    public static Finding error(ProfileField field, String key, Object... args) {
        return new Finding(field, Issue.error(field.key(), key, args));
    }
}
