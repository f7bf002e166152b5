package vn.sochibo.ui.common;

import java.util.ResourceBundle;
import vn.sochibo.model.AppException;
import vn.sochibo.model.Issue;
import vn.sochibo.service.Messages;

/** The UI's access to the chosen language's texts. */
public final class I18n {
    private final Messages messages;

    public I18n(Messages messages) {
        this.messages = messages;
    }

    public String tr(String key, Object... args) {
        return messages.tr(key, args);
    }

    public String issue(Issue issue) {
        return messages.issue(issue);
    }

    public String error(AppException e) {
        return messages.error(e);
    }

    public ResourceBundle bundle() {
        return messages.bundle();
    }

    public Messages messages() {
        return messages;
    }
}
