package vn.sochibo.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Base of every screen's code-behind: loads {@code XxxView.fxml} beside {@code XxxController} with this instance as
 * controller and the current language's bundle, so controllers take constructor arguments.
 */
public abstract class FxmlController {
    private Parent root;

    /** The loaded view (loaded on first call). */
    public Parent root() {
        if (root == null) {
            root = load();
        }
        return root;
    }

    /** The FXML file name for a controller class: MemberListController -> MemberListView.fxml. */
    public static String viewName(Class<?> controllerClass) {
        return controllerClass.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
    }

    /** Loads from a stream, not a URL: the app uses no java.net, and no view refers to files by relative path. */
    private Parent load() {
        FXMLLoader loader = new FXMLLoader();
        loader.setResources(i18n().bundle());
        loader.setController(this);
        try (InputStream in = getClass().getResourceAsStream(viewName(getClass()))) {
            if (in == null) {
                throw new IllegalStateException("missing view for " + getClass().getName());
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts used to load the view. */
    protected abstract I18n i18n();
}
