package vn.sochibo.model.meeting;

/** How a vote was taken: show of hands, raising the party card, or secret ballot. */
public enum VoteMethod {
    HANDS,
    CARD,
    SECRET_BALLOT
}
