package vn.sochibo.ui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.Issue;
import vn.sochibo.model.member.EventRules;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.ui.common.UiContext;

/** The dialog for one history event: type, dates, place, reason; checked against the member's whole history. */
public final class MemberEventDialogViewModel {
    private final UiContext ui;
    private final MemberHistory history;
    private final long eventId;
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty issuesText = new SimpleStringProperty("");
    private final Set<String> badDates = new TreeSet<>();
    private List<Issue> issues = List.of();

    public MemberEventDialogViewModel(UiContext ui, MemberHistory history, MemberEvent existing) {
        this.ui = ui;
        this.history = history;
        this.eventId = existing == null ? 0 : existing.id();
        if (existing != null) {
            type.set(existing.type());
            date.set(existing.date());
            endDate.set(existing.endDate());
            place.set(existing.place());
            reason.set(existing.reason());
            note.set(existing.note());
        } else {
            date.set(ui.today());
        }
    }

    /** True when the chosen type records an origin or destination. */
    public BooleanBinding placeUsed() {
        return Bindings.createBooleanBinding(() -> type.get() != null && type.get().takesPlace(), type);
    }

    /** True when the chosen type records an end date. */
    public BooleanBinding endUsed() {
        return Bindings.createBooleanBinding(() -> type.get() != null && type.get().takesEndDate(), type);
    }

    /** The label of the place field: where the member comes from, or where they go. */
    public StringBinding placeLabel() {
        return Bindings.createStringBinding(() -> ui.i18n().tr(comesIn() ? "member.eventDialog.origin"
                : "member.eventDialog.destination"), type);
    }

    private boolean comesIn() {
        return type.get() == EventType.TRANSFERRED_IN || type.get() == EventType.ATTACHED_IN;
    }

    public void setBadDate(String fieldKey, boolean bad) {
        if (bad) {
            badDates.add(fieldKey);
        } else {
            badDates.remove(fieldKey);
        }
    }

    /** Checks the event against the history; true when it may be saved. */
    public boolean validate() {
        List<Issue> found = new ArrayList<>();
        badDates.forEach(f -> found.add(Issue.error(f, "common.date.invalid")));
        if (type.get() == null) {
            found.add(Issue.error("event.field.type", "validation.choose"));
        }
        if (date.get() == null && !badDates.contains("event.field.date")) {
            found.add(Issue.error("event.field.date", "validation.dateRequired"));
        }
        if (found.isEmpty()) {
            found.addAll(EventRules.check(history.member(), history.events(), build(), ui.today()));
        }
        issues = found;
        issuesText.set(String.join("\n", found.stream().map(ui.i18n()::issue).toList()));
        return !Issue.anyError(found);
    }

    /** The event as filled in; fields the type does not use are left empty. */
    public MemberEvent build() {
        EventType t = type.get();
        return new MemberEvent(eventId, history.member().id(), t, date.get(), t.takesEndDate() ? endDate.get() : null,
                t.takesPlace() ? place.get() : "", reason.get(), note.get());
    }

    /** The first issue about a field, for its decoration. */
    public Issue issueFor(String fieldKey) {
        return issues.stream().filter(i -> i.field().equals(fieldKey)).findFirst().orElse(null);
    }

    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty issuesTextProperty() {
        return issuesText;
    }

    public String title() {
        return ui.i18n().tr(eventId == 0 ? "member.eventDialog.titleNew" : "member.eventDialog.titleEdit",
                history.member().fullName());
    }
}
