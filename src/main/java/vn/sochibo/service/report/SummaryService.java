package vn.sochibo.service.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.report.SummarySheets;
import vn.sochibo.export.report.SummaryWorkbook;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.report.summary.SummaryFigures;
import vn.sochibo.model.report.summary.SummaryPeriod;
import vn.sochibo.model.report.summary.SummaryRules;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.MeetingRoll;

/** The quarterly and yearly summaries for the ward committee as Excel, with numbers that add up across branches. */
public final class SummaryService {
    private final Services services;

    public SummaryService(Services services) {
        this.services = services;
    }

    /** Writes the summary of a year, or of one quarter (1–4) of it when {@code quarter} is not null. */
    public void write(int year, Integer quarter, Path out) {
        SummaryFigures figures = figures(year, quarter);
        BranchProfile profile = services.branch().profile().orElse(null);
        String superior = profile == null ? "" : profile.superiorName();
        String branch = profile == null ? "" : profile.branchName();
        new SummaryWorkbook().write(SummarySheets.of(figures, superior, branch), out);
    }

    /**
     * The figures of a year, or of one quarter (1–4) of it when {@code quarter} is not null; read under the
     * database's lock, so that no change of this program lands between the members, meetings and sessions read.
     */
    public SummaryFigures figures(int year, Integer quarter) {
        SummaryPeriod period = new SummaryPeriod(year, quarter);
        return services.database().read(tx -> figures(period));
    }

    private SummaryFigures figures(SummaryPeriod period) {
        int year = period.year();
        List<MeetingRoll> rolled = services.meeting().roll().between(period.from(), period.to());
        Map<Long, Roll> rolls = new HashMap<>();
        rolled.forEach(mr -> rolls.put(mr.meeting().id(), mr.roll()));
        List<Meeting> meetings = rolled.stream().map(MeetingRoll::meeting).toList();
        return SummaryRules.figures(period, services.members().all(), meetings, rolls,
                services.study().sessions(year));
    }
}
