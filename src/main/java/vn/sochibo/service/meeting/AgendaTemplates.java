package vn.sochibo.service.meeting;

import java.util.List;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaTemplateItem;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.StandardAgenda;
import vn.sochibo.store.AgendaRepository;
import vn.sochibo.store.AgendaTemplateRepository;
import vn.sochibo.store.Tx;

/** The stored template of a type, seeded from the standard agenda the first time a type's template is needed. */
final class AgendaTemplates {
    private final AgendaTemplateRepository templates = new AgendaTemplateRepository();
    private final AgendaRepository items = new AgendaRepository();

    /** The template of the type; when none was stored yet, the standard one is stored and returned. */
    List<AgendaTemplateItem> of(Tx tx, MeetingType type) {
        List<AgendaTemplateItem> stored = templates.byType(tx, type);
        if (!stored.isEmpty()) {
            return stored;
        }
        List<AgendaTemplateItem> standard = StandardAgenda.of(type);
        templates.replace(tx, type, standard);
        return standard;
    }

    /** Copies the type's template into a saved meeting's agenda. */
    void copyInto(Tx tx, long meetingId, MeetingType type) {
        for (AgendaTemplateItem line : of(tx, type)) {
            AgendaItem item = line.toItem(meetingId);
            items.insert(tx, item);
        }
    }
}
