package vn.sochibo.model.study;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One study session (học tập, quán triệt nghị quyết, rules.md §7): the document studied by its symbol (such as
 * "18-NQ/TW") and title, the level that issued it, who organised the session, when, where, how, who presented it,
 * and whether each member must hand in a written reflection (bài thu hoạch).
 */
public record StudySession(long id, String documentSymbol, String documentTitle, IssuingLevel level,
                           Organiser organiser, LocalDate date, String place, StudyForm form, String presenter,
                           boolean reflectionRequired) {
    public StudySession {
        documentSymbol = clean(documentSymbol);
        documentTitle = clean(documentTitle);
        place = clean(place);
        presenter = clean(presenter);
        level = Objects.requireNonNullElse(level, IssuingLevel.TRUNG_UONG);
        organiser = Objects.requireNonNullElse(organiser, Organiser.WARD);
        form = Objects.requireNonNullElse(form, StudyForm.DIRECT);
    }

    /** The same session under another id. */
    public StudySession withId(long newId) {
        return new StudySession(newId, documentSymbol, documentTitle, level, organiser, date, place, form, presenter,
                reflectionRequired);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
