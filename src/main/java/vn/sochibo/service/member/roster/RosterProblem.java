package vn.sochibo.service.member.roster;

import java.util.List;
import vn.sochibo.model.Issue;
import vn.sochibo.service.Messages;

/**
 * One problem found in a roster file, located as the user sees it in Excel: the row number (1-based), the column
 * by its header text as written in the file, and the sheet when it is not the member sheet. When the file has no
 * column for the field concerned, {@code column} is null and {@code field} names it (a message key). A problem
 * with an event names the event first ({@code subject}, a message key, or null).
 */
public record RosterProblem(String sheet, int row, String column, String field, String subject, String key,
                            List<Object> args, Issue.Severity severity) {
    public RosterProblem {
        args = List.copyOf(args);
    }

    /** A problem in a column of the member sheet. */
    static RosterProblem at(int row, String column, String field, String key, List<Object> args,
                            Issue.Severity severity) {
        return new RosterProblem(null, row, column, field, null, key, args, severity);
    }

    public boolean isError() {
        return severity == Issue.Severity.ERROR;
    }

    /** "Dòng 5, cột «Ngày sinh»: …" in the language of the messages. */
    public String text(Messages messages) {
        return messages.tr(locationKey(), String.valueOf(row), where(messages), what(messages),
                sheet == null ? "" : sheet);
    }

    /** The column as shown to the user: the header from the file, or the name of the field. */
    public String where(Messages messages) {
        return column != null ? column : field != null ? messages.tr(field) : "";
    }

    /** What is wrong, without the location. */
    public String what(Messages messages) {
        String message = messages.tr(key, args.toArray());
        return subject == null ? message : messages.tr(subject) + ": " + message;
    }

    private String locationKey() {
        if (sheet != null) {
            return "roster.problem.sheetRowColumn";
        }
        return column != null ? "roster.problem.rowColumn" : "roster.problem.rowField";
    }
}
