package vn.sochibo.ui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyAge;
import vn.sochibo.ui.common.I18n;

/**
 * The member table's rows for one loaded list and one day: each member's texts (status, party age, gender) are made
 * once, and a keystroke in the search only picks and numbers the rows already made.
 */
final class MemberRows {
    private final I18n i18n;
    private final Map<MemberHistory, MemberRow> made = new IdentityHashMap<>();
    private LocalDate madeFor;

    MemberRows(I18n i18n) {
        this.i18n = i18n;
    }

    /** The rows of the members found, numbered from 1, as of the day. */
    List<MemberRow> of(List<MemberHistory> found, LocalDate day) {
        if (!day.equals(madeFor)) {
            made.clear();
            madeFor = day;
        }
        List<MemberRow> out = new ArrayList<>(found.size());
        for (MemberHistory h : found) {
            int number = out.size() + 1;
            MemberRow row = made.computeIfAbsent(h, x -> row(number, x, day));
            out.add(row.number() == number ? row : row.numbered(number));
        }
        return out;
    }

    private MemberRow row(int number, MemberHistory h, LocalDate day) {
        Member m = h.member();
        PartyAge age = h.partyAgeOn(day);
        String gender = m.identity().gender() == null ? "" : i18n.tr("member.gender." + m.identity().gender());
        return new MemberRow(number, h, m.fullName(), m.identity().birthDate(), gender, m.party().cardNumber(),
                m.party().admissionDate(), age.isNone() ? "" : i18n.tr("member.partyAge", age.years(),
                age.months()), i18n.tr("member.status." + h.statusOn(day).primary()), m.contact().phone(),
                m.contact().localAddress());
    }
}
