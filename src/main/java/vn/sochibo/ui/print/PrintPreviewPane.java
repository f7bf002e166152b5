package vn.sochibo.ui.print;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import vn.sochibo.ui.common.UiContext;

/** The preview's nodes: the tool bar and the scrolling column of pages, bound to the view-model. */
final class PrintPreviewPane {
    static final double GAP = 16;
    private final UiContext ui;
    private final PrintPreviewViewModel vm;
    private final List<Pane> pages;
    private final VBox column = new VBox(GAP);
    private final ScrollPane scroll = new ScrollPane(column);
    private final BorderPane root = new BorderPane();

    PrintPreviewPane(UiContext ui, PrintPreviewViewModel vm, List<Pane> pages) {
        this.ui = ui;
        this.vm = vm;
        this.pages = pages;
        root.setTop(toolBar());
        root.setCenter(pageColumn());
    }

    Parent root() {
        return root;
    }

    void focusPages() {
        scroll.requestFocus();
    }

    private HBox toolBar() {
        Button print = button("printButton", "print.print", "print.print.tip");
        print.setOnAction(e -> vm.print());
        Button word = button("saveWordButton", "print.saveWord", null);
        word.setOnAction(e -> vm.saveWord());
        word.setVisible(vm.canSaveWord());
        word.setManaged(vm.canSaveWord());
        Button out = button("zoomOutButton", "print.zoomOut", "print.zoomOut.tip");
        out.setOnAction(e -> vm.zoomOut());
        out.disableProperty().bind(vm.zoomStepProperty().isEqualTo(0));
        Button in = button("zoomInButton", "print.zoomIn", "print.zoomIn.tip");
        in.setOnAction(e -> vm.zoomIn());
        in.disableProperty().bind(vm.zoomStepProperty().isEqualTo(PrintPreviewViewModel.ZOOMS.length - 1));
        Label zoom = label("zoomLabel");
        zoom.textProperty().bind(vm.zoomTextProperty());
        Label page = label("pageLabel");
        page.textProperty().bind(vm.pageTextProperty());
        Button close = button("closeButton", "print.close", null);
        close.setCancelButton(true);
        close.setOnAction(e -> vm.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(10, print, word, out, zoom, in, page, spring, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Button button(String id, String key, String tipKey) {
        Button b = new Button(ui.i18n().tr(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (tipKey != null) {
            b.setTooltip(new Tooltip(ui.i18n().tr(tipKey)));
        }
        return b;
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private ScrollPane pageColumn() {
        for (Pane page : pages) {
            Scale scale = new Scale();
            scale.xProperty().bind(vm.zoomProperty());
            scale.yProperty().bind(vm.zoomProperty());
            page.getTransforms().setAll(scale);
            StackPane sheet = new StackPane(new Group(page));
            sheet.setStyle("-fx-border-color: #555555; -fx-border-width: 1;");
            sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            column.getChildren().add(sheet);
        }
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(GAP));
        column.setStyle("-fx-background-color: #9a9a9a;");
        scroll.setFitToWidth(true);
        scroll.setId("pagesScroll");
        scroll.setAccessibleText(ui.i18n().tr("print.pages"));
        scroll.setStyle("-fx-background: #9a9a9a;");
        scroll.vvalueProperty().addListener((o, was, now) -> followScroll());
        scroll.viewportBoundsProperty().addListener((o, was, now) -> followScroll());
        vm.zoomProperty().addListener((o, was, now) -> followScroll());
        return scroll;
    }

    /** Tells the view-model which page is in the middle of the view. */
    private void followScroll() {
        double viewHeight = scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * Math.max(0, column.getHeight() - viewHeight);
        double stride = pages.isEmpty() ? 1 : pages.get(0).getPrefHeight() * vm.zoomProperty().get() + GAP + 2;
        vm.scrolledTo(top, viewHeight, GAP, stride);
    }
}
