package vn.sochibo.store;

/** How many members and meetings a data file holds. */
public record DataCounts(long members, long meetings) {
}
