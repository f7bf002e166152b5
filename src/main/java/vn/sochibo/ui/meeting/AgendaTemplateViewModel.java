package vn.sochibo.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaTemplateItem;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.meeting.AgendaService;
import vn.sochibo.ui.common.UiContext;

/**
 * The agenda templates per meeting type: the lines of the chosen type edited in memory (add, change, move,
 * remove), saved together, or put back to the standard order; new meetings of the type copy the saved template.
 */
public final class AgendaTemplateViewModel {
    private final AgendaService agenda;
    private final UiContext ui;
    private final MeetingTexts texts;
    private final ObservableList<MeetingType> types = FXCollections.observableArrayList(MeetingType.values());
    private final ObjectProperty<MeetingType> type = new SimpleObjectProperty<>();
    private final List<AgendaTemplateItem> lines = new ArrayList<>();
    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaRow> selected = new SimpleObjectProperty<>();
    private final AgendaItemForm form = new AgendaItemForm();
    private final StringProperty totalText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public AgendaTemplateViewModel(AgendaService agenda, UiContext ui) {
        this.agenda = agenda;
        this.ui = ui;
        this.texts = new MeetingTexts(ui.i18n());
        type.addListener((o, a, t) -> load());
        selected.addListener((o, a, row) -> {
            if (row != null) {
                form.fill(row.item().kind(), row.item().title(), row.item().plannedMinutes());
            }
        });
    }

    /** Reads the chosen type's template (the standard one when never saved). */
    public void load() {
        lines.clear();
        if (type.get() != null) {
            lines.addAll(agenda.template(type.get()));
        }
        problem.set("");
        show(-1);
    }

    private void show(int select) {
        List<AgendaRow> shown = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AgendaTemplateItem l = lines.get(i);
            AgendaItem item = new AgendaItem(i, 0, i + 1, l.kind(), l.title(), l.plannedMinutes(), "", false);
            shown.add(new AgendaRow(item, String.valueOf(i + 1), texts.kind(l.kind()), l.title(),
                    texts.minutes(l.plannedMinutes()), ""));
        }
        rows.setAll(shown);
        selected.set(select >= 0 && select < rows.size() ? rows.get(select) : null);
        int total = lines.stream().mapToInt(AgendaTemplateItem::plannedMinutes).sum();
        totalText.set(ui.i18n().tr("meeting.agenda.total", texts.minutes(total)));
    }

    /** Adds the line in the fields at the end. */
    public void add() {
        edit(() -> {
            lines.add(line());
            return lines.size() - 1;
        });
    }

    /** Puts the fields into the chosen line. */
    public void apply() {
        int at = chosen();
        if (at >= 0) {
            edit(() -> {
                lines.set(at, line());
                return at;
            });
        }
    }

    /** Removes the chosen line. */
    public void remove() {
        int at = chosen();
        if (at >= 0) {
            lines.remove(at);
            show(Math.min(at, lines.size() - 1));
        }
    }

    /** Moves the chosen line up (-1) or down (+1). */
    public void move(int by) {
        int at = chosen();
        int to = at + by;
        if (at >= 0 && to >= 0 && to < lines.size()) {
            lines.add(to, lines.remove(at));
            show(to);
        }
    }

    /** Saves the lines as the type's template. */
    public boolean save() {
        try {
            agenda.saveTemplate(type.get(), List.copyOf(lines));
            problem.set(ui.i18n().tr("meeting.template.saved", texts.type(type.get())));
            return true;
        } catch (RuntimeException e) {
            problem.set(ui.describe(e));
            return false;
        }
    }

    /** Puts the standard template of the type back after confirmation. */
    public void reset() {
        if (type.get() != null && ui.dialogs().confirm(ui.i18n().tr("meeting.template.reset.confirm",
                texts.type(type.get())))) {
            agenda.resetTemplate(type.get());
            load();
        }
    }

    private AgendaTemplateItem line() {
        return new AgendaTemplateItem(type.get(), lines.size() + 1, form.kindProperty().get(),
                form.titleValue(ui.i18n()), form.minutesValue(ui.i18n()));
    }

    private void edit(java.util.function.IntSupplier change) {
        try {
            show(change.getAsInt());
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    private int chosen() {
        if (selected.get() == null) {
            problem.set(ui.i18n().tr("meeting.agenda.chooseFirst"));
            return -1;
        }
        return (int) selected.get().item().id();
    }

    public ObservableList<MeetingType> types() {
        return types;
    }

    public ObjectProperty<MeetingType> typeProperty() {
        return type;
    }

    public ObservableList<AgendaRow> rows() {
        return rows;
    }

    public ObjectProperty<AgendaRow> selectedProperty() {
        return selected;
    }

    public AgendaItemForm form() {
        return form;
    }

    public StringProperty totalTextProperty() {
        return totalText;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
