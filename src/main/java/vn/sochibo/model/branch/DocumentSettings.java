package vn.sochibo.model.branch;

import vn.sochibo.model.text.Texts;

/**
 * How the branch numbers and lays out its documents (rules.md §4.1–4.2): the issuer symbol after the slash
 * ("05-BB/CB"), whether minutes carry a number [U], and page margins in millimetres (default 20/20/30/15 [U]).
 */
public record DocumentSettings(String issuerSymbol, boolean numberMinutes, int marginTop, int marginBottom,
                               int marginLeft, int marginRight) {
    public static final DocumentSettings DEFAULT = new DocumentSettings("CB", true, 20, 20, 30, 15);

    public DocumentSettings {
        issuerSymbol = Texts.clean(issuerSymbol).toUpperCase(java.util.Locale.ROOT);
        if (issuerSymbol.isEmpty()) {
            issuerSymbol = "CB";
        }
    }

    /** The printed number: "Số 05-BB/CB" for number 5 of type "BB". */
    public String numberLine(int number, String typeSymbol) {
        return String.format("Số %02d-%s/%s", number, typeSymbol, issuerSymbol);
    }
}
