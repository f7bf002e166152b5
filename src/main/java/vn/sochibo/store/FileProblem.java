package vn.sochibo.store;

/** What can be wrong with a data or backup file, in words a person understands. */
public enum FileProblem {
    /** There is no file at that place. */
    MISSING,
    /** The file is not a Sổ Chi Bộ data file at all (a text file, a picture, another program's database). */
    NOT_DATABASE,
    /** The file is shorter than it says it is: a copy that was cut off. */
    TRUNCATED,
    /** The file is a database whose inside is damaged. */
    DAMAGED,
    /** The file was written by a newer version of Sổ Chi Bộ. */
    NEWER_VERSION,
    /** The file exists but cannot be read (no permission, a failing disk). */
    UNREADABLE
}
