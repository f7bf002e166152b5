package vn.sochibo.testutil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.ui.common.DialogService;

/** Records every message and answers confirmations and file choosers as told. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;
    public Path fileToOpen;
    public Path fileToSave;

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String message) {
        confirmations.add(message);
        return answer;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String extension, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }
}
