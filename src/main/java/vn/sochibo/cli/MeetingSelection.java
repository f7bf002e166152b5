package vn.sochibo.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.meeting.MeetingDocuments;

/** The options choosing one meeting: {@code --meeting YYYY-MM} and {@code --type} (regular by default). */
public final class MeetingSelection {
    @Option(names = "--meeting", paramLabel = "YYYY-MM", required = true, descriptionKey = "cli.export.meeting")
    String month;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "cli.export.type")
    String type = MeetingType.REGULAR.code();

    /** The chosen meeting; a clear message when the month or type is mistyped or no such meeting exists. */
    Meeting find(MeetingDocuments documents) {
        MeetingType parsed = MeetingType.parse(type);
        if (parsed == null) {
            throw new AppException("cli.error.meetingType", type, Arrays.stream(MeetingType.values())
                    .map(MeetingType::code).collect(Collectors.joining(", ")));
        }
        try {
            return documents.meetingIn(YearMonth.parse(month.strip()), parsed);
        } catch (DateTimeParseException e) {
            throw new AppException("cli.error.month", "--meeting", month);
        }
    }
}
