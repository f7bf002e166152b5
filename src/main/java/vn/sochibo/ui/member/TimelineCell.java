package vn.sochibo.ui.member;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A timeline line: the date in bold, then what happened and its details on a second line. */
final class TimelineCell extends ListCell<TimelineEntry> {
    private static final double TEXT_WIDTH_EM = 16;

    /** A label that wraps to as many lines as it needs instead of ending in "…". */
    private static Label wrapped(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void updateItem(TimelineEntry item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label date = new Label(item.date());
        date.getStyleClass().add("timeline-date");
        VBox text = new VBox(2, wrapped(item.title()));
        if (!item.detail().isEmpty()) {
            Label detail = wrapped(item.detail());
            detail.getStyleClass().add("hint");
            text.getChildren().add(detail);
        }
        text.setPrefWidth(TEXT_WIDTH_EM * getFont().getSize());
        text.setMaxWidth(TEXT_WIDTH_EM * getFont().getSize());
        HBox line = new HBox(10, date, text);
        setGraphic(line);
        setText(null);
    }
}
