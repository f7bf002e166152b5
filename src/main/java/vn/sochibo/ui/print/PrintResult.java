package vn.sochibo.ui.print;

/** What came of a print request: no printer on this computer, cancelled in the print dialog, printed, or failed. */
public record PrintResult(Status status, String printer, int pages) {
    /** The kinds of outcome. */
    public enum Status {
        NO_PRINTER,
        CANCELLED,
        PRINTED,
        FAILED
    }

    public static PrintResult of(Status status) {
        return new PrintResult(status, "", 0);
    }
}
