package vn.sochibo.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Makes a scrolling form follow the keyboard: the field that receives focus is scrolled into view. */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    /** Installs the behaviour once the pane is in a scene. */
    public static void install(ScrollPane pane) {
        pane.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((obs, was, node) -> reveal(pane, node));
            }
        });
    }

    private static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        Bounds field = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewHeight);
        if (field.getMinY() < top) {
            pane.setVvalue(field.getMinY() / (contentHeight - viewHeight));
        } else if (field.getMaxY() > top + viewHeight) {
            pane.setVvalue((field.getMaxY() - viewHeight) / (contentHeight - viewHeight));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
