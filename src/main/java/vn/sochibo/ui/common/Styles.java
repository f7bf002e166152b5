package vn.sochibo.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;

/** Applies the application style sheet and the base font size (14 px normal, 18 px with larger text). */
public final class Styles {
    public static final int BASE_FONT_PX = 15;
    public static final int LARGER_FONT_PX = 19;
    /** The style sheet as a class-path path: JavaFX resolves a path without a scheme from the class path root. */
    public static final String SHEET = "vn/sochibo/ui/app.css";

    private Styles() {
    }

    public static void apply(Scene scene, AppSettings settings) {
        scene.getStylesheets().setAll(SHEET);
        apply(scene.getRoot(), settings);
    }

    /** How much larger than the base size the text is (1.0 normally), for widths given in pixels. */
    public static double scale(AppSettings settings) {
        return settings != null && settings.largerText() ? (double) LARGER_FONT_PX / BASE_FONT_PX : 1.0;
    }

    public static void apply(Parent root, AppSettings settings) {
        int px = settings.largerText() ? LARGER_FONT_PX : BASE_FONT_PX;
        root.setStyle("-fx-font-size: " + px + "px;");
    }
}
