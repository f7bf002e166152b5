package vn.sochibo.testutil;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import vn.sochibo.ui.common.DialogService;

/** Records every message and answers confirmations as told and file choosers with the paths queued. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public final List<String> folderTitles = new ArrayList<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public boolean answer = true;
    /** Answers of password prompts, in order; an empty queue means the prompt was cancelled. */
    public final Deque<char[]> passwords = new ArrayDeque<>();
    public final List<String> passwordPrompts = new ArrayList<>();

    /** Queues a path as the answer of the next file chooser. */
    public FakeDialogs answering(Path file) {
        files.add(file);
        return this;
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    @Override
    public Optional<char[]> askPassword(String message) {
        passwordPrompts.add(message);
        return Optional.ofNullable(passwords.poll());
    }

    @Override
    public boolean confirm(String message) {
        confirmations.add(message);
        return answer;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String extension, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        folderTitles.add(title);
        return Optional.ofNullable(files.poll());
    }
}
