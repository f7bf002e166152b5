package vn.sochibo.ui.print;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** Reads laid-out pages back: their text in order, their Text nodes, run on the FX thread. */
final class PageTexts {
    private PageTexts() {
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    static List<Text> texts(Pane page) {
        return page.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    static boolean isPageNumber(Node n) {
        return n.getStyleClass().contains(PageLayout.PAGE_NUMBER_CLASS);
    }

    /** All body text of the pages in reading order, spaces collapsed. */
    static String text(List<Pane> pages) {
        StringBuilder sb = new StringBuilder();
        for (Pane page : pages) {
            texts(page).stream().filter(t -> !isPageNumber(t)).forEach(t -> sb.append(t.getText()));
            sb.append(' ');
        }
        return collapse(sb.toString());
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
