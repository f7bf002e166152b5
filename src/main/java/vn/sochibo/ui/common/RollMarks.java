package vn.sochibo.ui.common;

/** The marks a roll (meeting roll call, study roll) puts on the selected person, as its keys and buttons ask. */
public interface RollMarks {
    /** Marks the selected person present. */
    void markPresent();

    /** Marks the selected person absent with the reason typed (asking for it when there is none). */
    void markExcused();

    /** Marks the selected person absent without reason. */
    void markUnexcused();

    /** Removes the selected person's mark. */
    void clearMark();
}
