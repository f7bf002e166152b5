package vn.sochibo.ui.member;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberIndex;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.member.StatusFilter;
import vn.sochibo.service.member.MemberService;
import vn.sochibo.ui.common.UiContext;

/**
 * The member list: search ignoring diacritics, filter by status on a chosen date, Vietnamese order, and the
 * counts by category for the status bar.
 */
public final class MemberListViewModel {
    private final MemberService service;
    private final UiContext ui;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> filter = new SimpleObjectProperty<>(StatusFilter.CURRENT);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MemberRow> selected = new SimpleObjectProperty<>();
    private final StringProperty countsText = new SimpleStringProperty("");
    private final StringProperty shownText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private MemberIndex index = new MemberIndex(List.of());
    private MemberRows made;
    private Runnable afterLoad = () -> { };

    public MemberListViewModel(MemberService service, UiContext ui) {
        this.service = service;
        this.ui = ui;
        this.made = new MemberRows(ui.i18n());
        asOf.set(ui.today());
        search.addListener((o, a, b) -> refresh());
        filter.addListener((o, a, b) -> refresh());
        asOf.addListener((o, a, b) -> refresh());
    }

    /**
     * Loads every member off the FX thread, and makes there the rows the current search and filter will show, so
     * the FX thread only puts them into the table; then shows the list.
     */
    public void load() {
        loading.set(true);
        LocalDate day = day();
        StatusFilter f = filter();
        String query = search.get();
        MemberRows fresh = new MemberRows(ui.i18n());
        ui.tasks().run(() -> {
            MemberIndex loaded = new MemberIndex(service.all());
            fresh.of(loaded.search(query, f, day), day);
            loaded.countsOn(day);
            return loaded;
        }, loaded -> {
            index = loaded;
            made = fresh;
            loading.set(false);
            refresh();
            Runnable then = afterLoad;
            afterLoad = () -> { };
            then.run();
        }, failure -> {
            loading.set(false);
            ui.dialogs().showError(ui.describe(failure));
        });
    }

    /** Runs the action once, right after the next successful load has put its rows into the list. */
    public void afterNextLoad(Runnable action) {
        afterLoad = action;
    }

    /** Re-applies search and filter to the loaded list. */
    public void refresh() {
        LocalDate day = day();
        StatusFilter f = filter();
        List<MemberHistory> found = index.search(search.get(), f, day);
        List<MemberRow> built = made.of(found, day);
        long keep = selected.get() == null ? -1 : selected.get().id();
        rows.setAll(built);
        MemberRow firstMatch = search.get().isBlank() || built.isEmpty() ? null : built.get(0);
        selected.set(built.stream().filter(r -> r.id() == keep).findFirst().orElse(firstMatch));
        countsText.set(countsLine(index.countsOn(day)));
        shownText.set(ui.i18n().tr("member.list.shown", built.size(), index.size()));
    }

    /**
     * Deletes a record entered by mistake, after a confirmation that says departures and deaths are recorded as
     * events instead; reloads the list.
     */
    public void deleteMistake(MemberRow row) {
        if (row == null) {
            ui.dialogs().showInfo(ui.i18n().tr("member.list.chooseFirst"));
            return;
        }
        if (!ui.dialogs().confirm(ui.i18n().tr("member.list.confirmDelete", row.fullName()))) {
            return;
        }
        try {
            service.delete(row.id());
            load();
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
        }
    }

    /** Selects the row of the member with the given id, if shown. */
    public void select(long memberId) {
        rows.stream().filter(r -> r.id() == memberId).findFirst().ifPresent(selected::set);
    }

    private LocalDate day() {
        return asOf.get() == null ? ui.today() : asOf.get();
    }

    private StatusFilter filter() {
        return filter.get() == null ? StatusFilter.ALL : filter.get();
    }

    private String countsLine(StatusCounts c) {
        return ui.i18n().tr("member.counts", c.total(), c.official(), c.probationary(), c.exempted(),
                c.temporarilyOut(), c.attached());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<StatusFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<MemberRow> rows() {
        return rows;
    }

    public ObjectProperty<MemberRow> selectedProperty() {
        return selected;
    }

    public StringProperty countsTextProperty() {
        return countsText;
    }

    public StringProperty shownTextProperty() {
        return shownText;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
