package vn.sochibo.model.report.summary;

/** Members by how many regular meetings of the period they missed without reason (rules.md §5.5). */
public record UnexcusedTally(int once, int twice, int threeOrMore) {
}
