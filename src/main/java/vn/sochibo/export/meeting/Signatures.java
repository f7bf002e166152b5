package vn.sochibo.export.meeting;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Run;

/** Signature columns: a caption in bold, "(ký, ghi rõ họ tên)" in italic, room to sign, the name in bold. */
final class Signatures {
    static final int ROOM_LINES = 3;

    private Signatures() {
    }

    /** "THƯ KÝ" / "(ký, ghi rõ họ tên)" / room / name. */
    static List<Run> signer(String caption, String name) {
        List<Run> lines = new ArrayList<>();
        lines.add(Run.bold(caption));
        lines.add(Run.italic("(ký, ghi rõ họ tên)"));
        room(lines);
        lines.add(Run.bold(name));
        return lines;
    }

    /** "T/M CHI BỘ" / "BÍ THƯ" / room / name. */
    static List<Run> onBehalf(String body, String name) {
        List<Run> lines = new ArrayList<>();
        lines.add(Run.bold("T/M " + body));
        lines.add(Run.bold("BÍ THƯ"));
        room(lines);
        lines.add(Run.bold(name));
        return lines;
    }

    /** "Nơi nhận:" then each recipient line in 12 pt. */
    static List<Run> recipients(String... lines) {
        List<Run> out = new ArrayList<>();
        out.add(new Run("Nơi nhận:", true, true, 12));
        for (String l : lines) {
            out.add(new Run(l, false, false, 12));
        }
        return out;
    }

    private static void room(List<Run> lines) {
        for (int i = 0; i < ROOM_LINES; i++) {
            lines.add(Run.plain(""));
        }
    }
}
