package vn.sochibo.ui.print;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import vn.sochibo.export.doc.PartyDocument;

/**
 * Lays a Party document out on A4 pages in points, the same as the Word file: breaks fall between lines and table
 * rows, never inside the bottom margin; table headers repeat; pages from 2 carry their number centred in the top
 * margin. Needs the FX thread (text is measured with JavaFX).
 */
public final class PageLayout {
    /** Style class of a page's number, so that tests can tell it from the text. */
    public static final String PAGE_NUMBER_CLASS = "page-number";
    public static final String PAGE_CLASS = "print-page";
    static final int PAGE_NUMBER_POINTS = 13;
    private final PrintFonts fonts;

    public PageLayout(PrintFonts fonts) {
        this.fonts = fonts;
    }

    /** The pages of the document, each a white pane of A4 size in points. */
    public List<Pane> pages(PartyDocument doc) {
        PageGeometry g = PageGeometry.a4(doc.margins());
        Deque<Slab> queue = new ArrayDeque<>(new BlockSlabs(new LineBreaker(fonts, new Measure()), g).slabs(doc));
        List<Pane> pages = new ArrayList<>();
        Pane page = newPage(g, pages);
        double y = g.top();
        boolean empty = true;
        while (!queue.isEmpty()) {
            Slab s = queue.poll();
            double before = empty ? 0 : s.spaceBefore();
            if (!empty && y + before + s.height() + keptHeight(s, queue) > g.textBottom()) {
                page = newPage(g, pages);
                y = g.top();
                empty = true;
                before = 0;
                if (s.repeatedHeader() != null) {
                    s.repeatedHeader().place(page, y);
                    y += s.repeatedHeader().height();
                }
            }
            if (y + before + s.height() > g.textBottom()) {
                List<Slab> parts = s.split(g.textBottom() - y - before);
                if (!parts.isEmpty()) {
                    queue.addFirst(parts.get(1));
                    s = parts.get(0);
                }
            }
            s.place(page, y + before);
            y += before + s.height();
            empty = false;
        }
        return pages;
    }

    /** Height of what must stay on the same page after the slab. */
    private static double keptHeight(Slab s, Deque<Slab> queue) {
        Slab next = queue.peek();
        return s.keepWithNext() && next != null ? next.spaceBefore() + next.height() : 0;
    }

    private Pane newPage(PageGeometry g, List<Pane> pages) {
        Pane page = new Pane();
        page.setMinSize(g.width(), g.height());
        page.setPrefSize(g.width(), g.height());
        page.setMaxSize(g.width(), g.height());
        page.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        page.getStyleClass().add(PAGE_CLASS);
        pages.add(page);
        if (pages.size() > 1) {
            Text number = new Text(String.valueOf(pages.size()));
            number.setFont(fonts.font(false, false, PAGE_NUMBER_POINTS));
            number.setTextOrigin(VPos.TOP);
            number.setX((g.width() - number.getLayoutBounds().getWidth()) / 2);
            number.setY(g.pageNumberTop());
            number.getStyleClass().add(PAGE_NUMBER_CLASS);
            page.getChildren().add(number);
        }
        return page;
    }
}
