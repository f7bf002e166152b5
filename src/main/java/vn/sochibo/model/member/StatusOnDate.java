package vn.sochibo.model.member;

import java.time.LocalDate;

/**
 * A member's standing on one date: list membership, grade, and the situations that may hold at once
 * (exempted, suspended, temporarily transferred out). {@code exit} is the event that ended membership, if any.
 */
public record StatusOnDate(LocalDate date, Membership membership, Grade grade, EventType exemption,
                           boolean suspended, boolean temporarilyOut, EventType exit) {

    /** Counted in the branch total (official and probationary members on the list, exempted and away included). */
    public boolean inTotal() {
        return membership == Membership.MEMBER && grade != null;
    }

    public boolean isOfficial() {
        return inTotal() && grade == Grade.OFFICIAL;
    }

    public boolean isProbationary() {
        return inTotal() && grade == Grade.PROBATIONARY;
    }

    public boolean isExempted() {
        return inTotal() && exemption != null;
    }

    public boolean isAttached() {
        return membership == Membership.ATTACHED;
    }

    /** Expected at a meeting on this date: on the list, neither exempted nor temporarily away (rules.md §6). */
    public boolean expectedAtMeeting() {
        return inTotal() && exemption == null && !temporarilyOut && !suspended;
    }

    /** The single status to display, the most specific situation first. */
    public MemberStatus primary() {
        return switch (membership) {
            case NOT_YET -> MemberStatus.NOT_YET;
            case ATTACHED -> MemberStatus.ATTACHED;
            case GONE -> goneStatus();
            case MEMBER -> memberStatus();
        };
    }

    private MemberStatus memberStatus() {
        if (temporarilyOut) {
            return MemberStatus.TRANSFERRED_OUT_TEMPORARILY;
        }
        if (suspended) {
            return MemberStatus.SUSPENDED;
        }
        if (exemption != null) {
            return exemption == EventType.EXEMPTED ? MemberStatus.EXEMPTED : MemberStatus.EXEMPTED_TEMPORARILY;
        }
        if (grade == null) {
            return MemberStatus.NOT_YET;
        }
        return grade == Grade.OFFICIAL ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
    }

    private MemberStatus goneStatus() {
        return switch (exit) {
            case DECEASED -> MemberStatus.DECEASED;
            case REMOVED -> MemberStatus.REMOVED;
            case EXPELLED -> MemberStatus.EXPELLED;
            case LEFT_PARTY -> MemberStatus.LEFT_PARTY;
            case ATTACHMENT_ENDED -> MemberStatus.ATTACHMENT_ENDED;
            default -> MemberStatus.TRANSFERRED_OUT;
        };
    }
}
