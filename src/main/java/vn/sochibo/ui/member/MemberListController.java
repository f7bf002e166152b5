package vn.sochibo.ui.member;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import vn.sochibo.model.member.StatusFilter;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The member list screen: search box, status filter and date, the table, and the counts line. */
public final class MemberListController extends FxmlController {
    private final UiContext ui;
    private final MemberListViewModel vm;
    private final MemberActions actions;
    @FXML
    private Label searchLabel;
    @FXML
    private Label filterLabel;
    @FXML
    private Label asOfLabel;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<StatusFilter> filterBox;
    @FXML
    private DatePicker asOfPicker;
    @FXML
    private TableView<MemberRow> membersTable;
    @FXML
    private TableColumn<MemberRow, Number> numberColumn;
    @FXML
    private TableColumn<MemberRow, String> nameColumn;
    @FXML
    private TableColumn<MemberRow, LocalDate> birthColumn;
    @FXML
    private TableColumn<MemberRow, String> genderColumn;
    @FXML
    private TableColumn<MemberRow, String> cardColumn;
    @FXML
    private TableColumn<MemberRow, LocalDate> admissionColumn;
    @FXML
    private TableColumn<MemberRow, String> partyAgeColumn;
    @FXML
    private TableColumn<MemberRow, String> statusColumn;
    @FXML
    private TableColumn<MemberRow, String> phoneColumn;
    @FXML
    private TableColumn<MemberRow, String> addressColumn;
    @FXML
    private Label countsLabel;
    @FXML
    private Label shownLabel;

    public MemberListController(UiContext ui, MemberListViewModel vm, MemberActions actions) {
        this.ui = ui;
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        filterLabel.setLabelFor(filterBox);
        asOfLabel.setLabelFor(asOfPicker);
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        searchField.setOnAction(e -> onEdit());
        filterBox.getItems().setAll(StatusFilter.values());
        filterBox.setConverter(Labels.converter(f -> ui.i18n().tr("member.filter." + f.name())));
        filterBox.valueProperty().bindBidirectional(vm.filterProperty());
        DateFields.configure(asOfPicker, ui.i18n());
        asOfPicker.valueProperty().bindBidirectional(vm.asOfProperty());
        bindColumns();
        scaleWidths(Styles.scale(ui.settings()));
        membersTable.setItems(vm.rows());
        membersTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> membersTable.getSelectionModel().select(b));
        membersTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onEdit();
            }
        });
        membersTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onEdit();
            } else if (e.getCode() == KeyCode.DELETE) {
                onDelete();
            }
        });
        countsLabel.textProperty().bind(vm.countsTextProperty());
        shownLabel.textProperty().bind(vm.shownTextProperty());
    }

    private void bindColumns() {
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fullName()));
        nameColumn.setComparator(vn.sochibo.model.text.VietnameseNames.nameOrder());
        birthColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().birthDate()));
        birthColumn.setCellFactory(c -> dateCell());
        genderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().gender()));
        cardColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cardNumber()));
        admissionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().admissionDate()));
        admissionColumn.setCellFactory(c -> dateCell());
        partyAgeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partyAge()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().phone()));
        addressColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().localAddress()));
    }

    /** Widths in the view are for the base text size; larger text gets proportionally wider columns. */
    private void scaleWidths(double scale) {
        membersTable.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        filterBox.setPrefWidth(filterBox.getPrefWidth() * scale);
        asOfPicker.setPrefWidth(asOfPicker.getPrefWidth() * scale);
    }

    private static TableCell<MemberRow, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Messages.date(item));
            }
        };
    }

    /** Puts the keyboard focus in the search box. */
    public void focusSearch() {
        searchField.requestFocus();
    }

    @FXML
    private void onNew() {
        actions.create();
    }

    @FXML
    private void onEdit() {
        actions.edit(vm.selectedProperty().get());
    }

    @FXML
    private void onDelete() {
        vm.deleteMistake(vm.selectedProperty().get());
    }

    @FXML
    private void onImport() {
        actions.importRoster();
    }

    @FXML
    private void onExport() {
        actions.exportRoster();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
