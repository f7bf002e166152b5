package vn.sochibo.export.doc;

import java.util.List;

/**
 * The borderless two-column area at the end: minutes put "THƯ KÝ" left and "CHỦ TRÌ" right; a resolution or
 * report puts "Nơi nhận:" left and "T/M CHI BỘ / BÍ THƯ" right. Each column is a list of lines centred in its
 * half (left-aligned when {@code leftAligned}); an empty line leaves room to sign.
 */
public record SignatureArea(List<Run> left, boolean leftAligned, List<Run> right) {
    public SignatureArea {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}
