package vn.sochibo.ui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.AppException;
import vn.sochibo.model.Issue;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyAge;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.service.member.MemberService;
import vn.sochibo.ui.common.UiContext;

/**
 * The member form: a working copy of every field, how a new member joined, the issues found on checking, and for
 * a saved member the history timeline with status and party age.
 */
public final class MemberEditDialogViewModel {
    /** The ways a new member comes onto the list. */
    public static final List<EventType> ENTRY_TYPES = List.of(EventType.ADMITTED, EventType.TRANSFERRED_IN,
            EventType.ATTACHED_IN);
    private final MemberService service;
    private final UiContext ui;
    private final MemberFormFields fields = new MemberFormFields();
    private final ObjectProperty<EventType> entryType = new SimpleObjectProperty<>(EventType.ADMITTED);
    private final ObjectProperty<LocalDate> entryDate = new SimpleObjectProperty<>();
    private final StringProperty entryOrigin = new SimpleStringProperty("");
    private final ObservableList<Issue> issues = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final StringProperty issuesText = new SimpleStringProperty("");
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty existing = new SimpleBooleanProperty(false);
    private final Set<String> badDateFields = new TreeSet<>();
    private MemberHistory history;
    private long savedId;

    public MemberEditDialogViewModel(MemberService service, UiContext ui, long memberId) {
        this.service = service;
        this.ui = ui;
        if (memberId != 0) {
            show(service.get(memberId));
        } else {
            title.set(ui.i18n().tr("member.edit.titleNew"));
        }
    }

    private void show(MemberHistory h) {
        history = h;
        savedId = h.member().id();
        existing.set(true);
        fields.fill(h.member());
        title.set(ui.i18n().tr("member.edit.title", h.member().fullName()));
        refreshTimeline();
    }

    private void refreshTimeline() {
        LocalDate today = ui.today();
        List<TimelineEntry> entries = new ArrayList<>();
        for (MemberEvent e : history.events()) {
            entries.add(new TimelineEntry(e, vn.sochibo.service.Messages.date(e.date()),
                    ui.i18n().tr("member.event." + e.type()), EventTexts.detail(ui.i18n(), e)));
        }
        timeline.setAll(entries);
        PartyAge age = history.partyAgeOn(today);
        String status = ui.i18n().tr("member.status." + history.statusOn(today).primary());
        statusText.set(age.isNone() ? ui.i18n().tr("member.edit.statusLine", status, "")
                : ui.i18n().tr("member.edit.statusLine", status, ui.i18n().tr("member.partyAge", age.years(),
                age.months())));
    }

    /** Remembers that a date field holds text that is not a date (the picker cannot hold it as a value). */
    public void setBadDate(String fieldKey, boolean bad) {
        if (bad) {
            badDateFields.add(fieldKey);
        } else {
            badDateFields.remove(fieldKey);
        }
    }

    /** Checks the form; fills {@link #issues()} and returns true when nothing blocks saving. */
    public boolean validate() {
        List<Issue> found = new ArrayList<>();
        for (String field : badDateFields) {
            found.add(Issue.error(field, "common.date.invalid"));
        }
        service.check(fields.build(savedId), entry()).stream()
                .filter(i -> !badDateFields.contains(i.field())).forEach(found::add);
        if (!existing.get() && entryType.get() != EventType.ADMITTED && entryOrigin.get().isBlank()) {
            found.add(Issue.error("member.field.entryOrigin", "validation.required"));
        }
        issues.setAll(found);
        issuesText.set(String.join("\n", found.stream().map(this::line).toList()));
        return !Issue.anyError(found);
    }

    private String line(Issue issue) {
        String mark = issue.isError() ? ui.i18n().tr("member.edit.errorMark") : ui.i18n().tr("member.edit.warningMark");
        return mark + " " + ui.i18n().issue(issue);
    }

    /** The first issue about a field, for the decoration next to it. */
    public Issue issueFor(String fieldKey) {
        return issues.stream().filter(i -> i.field().equals(fieldKey)).findFirst().orElse(null);
    }

    /**
     * Saves when the form has no error; when it only has warnings the user is asked first. Returns true when
     * saved (then {@link #savedId()} holds the member's id).
     */
    public boolean save() {
        if (!validate()) {
            return false;
        }
        if (!issues.isEmpty() && !ui.dialogs().confirm(ui.i18n().tr("member.edit.confirmWarnings", issuesText.get()))) {
            return false;
        }
        try {
            show(service.save(fields.build(savedId), entry()));
            return true;
        } catch (AppException e) {
            ui.dialogs().showError(ui.describe(e));
            return false;
        }
    }

    private MemberEntry entry() {
        if (existing.get()) {
            return null;
        }
        return new MemberEntry(entryType.get(), entryType.get() == EventType.ADMITTED ? null : entryDate.get(),
                entryOrigin.get());
    }

    /** Saves an event added or changed in the event dialog; shows why when the history would not make sense. */
    public boolean saveEvent(MemberEvent event) {
        try {
            history = service.saveEvent(event);
            fields.fill(history.member());
            refreshTimeline();
            return true;
        } catch (AppException e) {
            ui.dialogs().showError(ui.describe(e));
            return false;
        }
    }

    /** Deletes an event after confirmation. */
    public void deleteEvent(TimelineEntry entry) {
        if (entry == null || !ui.dialogs().confirm(ui.i18n().tr("member.edit.confirmDeleteEvent", entry.title(),
                entry.date()))) {
            return;
        }
        try {
            history = service.deleteEvent(entry.event());
            fields.fill(history.member());
            refreshTimeline();
        } catch (AppException e) {
            ui.dialogs().showError(ui.describe(e));
        }
    }

    public MemberHistory history() {
        return history;
    }

    public MemberFormFields fields() {
        return fields;
    }

    public ObjectProperty<EventType> entryTypeProperty() {
        return entryType;
    }

    public ObjectProperty<LocalDate> entryDateProperty() {
        return entryDate;
    }

    public StringProperty entryOriginProperty() {
        return entryOrigin;
    }

    public ObservableList<Issue> issues() {
        return issues;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public StringProperty issuesTextProperty() {
        return issuesText;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty existingProperty() {
        return existing;
    }

    public long savedId() {
        return savedId;
    }
}
