package vn.sochibo.service.member.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.TableRow;
import vn.sochibo.model.Issue;

/**
 * The state of reading one row: the cells by field, the problems met, and which column each member field came
 * from (so rule violations found later point at the right column).
 */
final class RowRead {
    private final RosterLayout layout;
    private final TableRow row;
    private final List<RosterProblem> problems = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();

    RowRead(RosterLayout layout, TableRow row) {
        this.layout = layout;
        this.row = row;
    }

    int number() {
        return row.number();
    }

    boolean has(RosterField field) {
        return layout.has(field);
    }

    Object cell(RosterField field) {
        return layout.cell(row, field);
    }

    String text(RosterField field) {
        return RosterCells.text(cell(field));
    }

    String header(RosterField field) {
        return layout.header(field);
    }

    /** Remembers that the member field (a member.field.* key) was read from the column of {@code field}. */
    void source(String fieldKey, RosterField field) {
        if (layout.has(field)) {
            sources.putIfAbsent(fieldKey, layout.header(field));
        }
    }

    /** The header of the column a member field came from, or null when the file has none. */
    String sourceOf(String fieldKey) {
        return sources.get(fieldKey);
    }

    /** The value of a parsed cell; a failure is recorded as an error on the field's column. */
    <T> T value(Parsed<T> parsed, RosterField field) {
        if (parsed.problem() != null) {
            Issue.Severity severity = parsed.value() == null ? Issue.Severity.ERROR : Issue.Severity.WARNING;
            problem(field, parsed.problem(), parsed.args(), severity);
        }
        return parsed.value();
    }

    void error(RosterField field, String key, Object... args) {
        problem(field, key, List.of(args), Issue.Severity.ERROR);
    }

    void problem(RosterField field, String key, List<Object> args, Issue.Severity severity) {
        problems.add(RosterProblem.at(row.number(), layout.header(field), null, key, args, severity));
    }

    void add(RosterProblem problem) {
        problems.add(problem);
    }

    List<RosterProblem> problems() {
        return problems;
    }
}
