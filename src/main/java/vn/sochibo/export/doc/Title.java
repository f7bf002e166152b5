package vn.sochibo.export.doc;

import java.util.List;

/**
 * The document type in capitals, bold 15 pt ("BIÊN BẢN", "NGHỊ QUYẾT", "THÔNG BÁO"), its subject lines in bold
 * 14 pt, then the short "-----" separator line.
 */
public record Title(String documentType, List<String> subjectLines) implements Block {
    public Title {
        subjectLines = List.copyOf(subjectLines);
    }
}
