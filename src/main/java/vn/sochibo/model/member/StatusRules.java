package vn.sochibo.model.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The one pure function that gives a member's standing on a date from the member's dates and events. */
public final class StatusRules {
    private StatusRules() {
    }

    /** Standing on {@code day}: events dated that day have already taken effect. */
    public static StatusOnDate statusOn(Member member, List<MemberEvent> events, LocalDate day) {
        Replay replay = new Replay();
        events.stream().sorted(MemberEvent.CHRONOLOGICAL).filter(e -> !e.date().isAfter(day)).forEach(replay::apply);
        EventType exemption = replay.activeExemption(day);
        boolean suspended = replay.suspensions.stream().anyMatch(e -> e.covers(day));
        return new StatusOnDate(day, replay.membership, gradeOn(member.party(), day), exemption, suspended,
                replay.membership == Membership.MEMBER && replay.temporarilyOut, replay.exit);
    }

    /** Official from the recognition date, probationary from the admission date, otherwise none. */
    public static Grade gradeOn(PartyRecord party, LocalDate day) {
        if (party.officialDate() != null && !day.isBefore(party.officialDate())) {
            return Grade.OFFICIAL;
        }
        if (party.admissionDate() != null && !day.isBefore(party.admissionDate())) {
            return Grade.PROBATIONARY;
        }
        return null;
    }

    /** Mutable state used only while replaying one member's events in order. */
    private static final class Replay {
        Membership membership = Membership.NOT_YET;
        EventType exit;
        boolean temporarilyOut;
        final List<MemberEvent> exemptions = new ArrayList<>();
        final List<MemberEvent> suspensions = new ArrayList<>();

        void apply(MemberEvent event) {
            switch (event.type()) {
                case ADMITTED, TRANSFERRED_IN -> arrive(Membership.MEMBER);
                case ATTACHED_IN -> {
                    if (membership != Membership.MEMBER) {
                        arrive(Membership.ATTACHED);
                    }
                }
                case TRANSFERRED_OUT_TEMPORARILY -> temporarilyOut = true;
                case RETURNED -> temporarilyOut = false;
                case EXEMPTED, EXEMPTED_TEMPORARILY -> exemptions.add(event);
                case SUSPENDED -> suspensions.add(event);
                case RESUMED -> endSituations(event.date());
                case DECEASED, REMOVED, EXPELLED, LEFT_PARTY, TRANSFERRED_OUT, ATTACHMENT_ENDED -> leave(event.type());
                default -> { }
            }
        }

        private void arrive(Membership newMembership) {
            membership = newMembership;
            exit = null;
            temporarilyOut = false;
        }

        private void leave(EventType type) {
            membership = Membership.GONE;
            exit = type;
            temporarilyOut = false;
            exemptions.clear();
            suspensions.clear();
        }

        /** A resumption closes every exemption and suspension open on the day before it. */
        private void endSituations(LocalDate resumed) {
            LocalDate lastDay = resumed.minusDays(1);
            replaceWithEnded(exemptions, lastDay);
            replaceWithEnded(suspensions, lastDay);
        }

        private static void replaceWithEnded(List<MemberEvent> periods, LocalDate lastDay) {
            periods.replaceAll(e -> e.endDate() == null || e.endDate().isAfter(lastDay) ? e.withEnd(lastDay) : e);
        }

        EventType activeExemption(LocalDate day) {
            if (membership != Membership.MEMBER) {
                return null;
            }
            EventType found = null;
            for (MemberEvent e : exemptions) {
                if (e.covers(day) && (found == null || e.type() == EventType.EXEMPTED)) {
                    found = e.type();
                }
            }
            return found;
        }
    }
}
