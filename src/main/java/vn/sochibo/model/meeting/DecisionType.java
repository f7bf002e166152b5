package vn.sochibo.model.meeting;

/**
 * What a vote decides, which sets its pass threshold (rules.md §3.3): ordinary conclusions and resolutions,
 * admission of a new member, recognition as an official member, and discipline within the branch's power
 * (reprimand, warning).
 */
public enum DecisionType {
    ORDINARY,
    ADMISSION,
    RECOGNITION,
    DISCIPLINE
}
