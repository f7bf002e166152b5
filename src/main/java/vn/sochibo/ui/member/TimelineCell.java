package vn.sochibo.ui.member;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A timeline line: the date in bold, then what happened and its details on a second line. */
final class TimelineCell extends ListCell<TimelineEntry> {
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
        Label title = new Label(item.title());
        title.setWrapText(true);
        VBox text = new VBox(2, title);
        if (!item.detail().isEmpty()) {
            Label detail = new Label(item.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("hint");
            text.getChildren().add(detail);
        }
        HBox line = new HBox(10, date, text);
        line.setMaxWidth(330);
        setGraphic(line);
        setText(null);
    }
}
