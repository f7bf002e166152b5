package vn.sochibo.service.meeting;

import java.time.Clock;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;

/** The meeting area's use cases over one database, built together so they share the journal and the clock. */
public record MeetingServices(MeetingService meetings, AgendaService agenda, RollService roll, VoteService votes,
                              MinutesService minutes, MeetingDocuments documents,
                              MinutesBookmarks bookmarks) {

    /** All of them on the database. */
    public static MeetingServices on(Database db, Clock clock, JournalService journal) {
        AgendaService agenda = new AgendaService(db, clock, journal);
        RollService roll = new RollService(db, clock, journal);
        VoteService votes = new VoteService(db, clock, journal);
        return new MeetingServices(new MeetingService(db, clock, journal), agenda, roll, votes,
                new MinutesService(db, clock, journal), new MeetingDocuments(db, clock, agenda, roll, votes),
                new MinutesBookmarks(db));
    }
}
