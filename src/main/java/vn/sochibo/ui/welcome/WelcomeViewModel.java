package vn.sochibo.ui.welcome;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.service.Services;
import vn.sochibo.service.sample.SampleBranch;
import vn.sochibo.service.sample.SampleOptions;
import vn.sochibo.ui.common.UiContext;

/** First start: create a new branch from a profile, or fill the database with the sample branch. */
public final class WelcomeViewModel {
    private final UiContext ui;
    private final Path dbFile;
    private final Supplier<Services> alreadyOpen;
    private final Consumer<Services> onOpened;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty location = new SimpleStringProperty();

    public WelcomeViewModel(UiContext ui, Path dbFile, Supplier<Services> alreadyOpen, Consumer<Services> onOpened) {
        this.ui = ui;
        this.dbFile = dbFile;
        this.alreadyOpen = alreadyOpen;
        this.onOpened = onOpened;
        location.set(ui.i18n().tr("welcome.location", dbFile.toAbsolutePath()));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** Creates the database with the profile the user filled in (nothing happens when the form was cancelled). */
    public void createBranch(Optional<BranchProfile> profile) {
        profile.ifPresent(p -> runOpening(services -> services.branch().save(p)));
    }

    /** Creates the database and writes the sample branch into it. */
    public void useSample() {
        runOpening(services -> SampleBranch.create(services, SampleOptions.defaults(ui.today())));
    }

    private void runOpening(Consumer<Services> fill) {
        busy.set(true);
        ui.tasks().run(() -> {
            Services services = alreadyOpen.get() != null ? alreadyOpen.get() : Services.open(dbFile, ui.clock());
            fill.accept(services);
            return services;
        }, services -> {
            busy.set(false);
            onOpened.accept(services);
        }, failure -> {
            busy.set(false);
            ui.dialogs().showError(ui.describe(failure));
        });
    }
}
