package vn.sochibo.ui.print;

import java.util.List;

/** Pieces printed without a space between them, and the width of the space that follows the word. */
record Word(List<Piece> pieces, double spaceAfter) {
    Word {
        pieces = List.copyOf(pieces);
    }

    double width() {
        return pieces.stream().mapToDouble(Piece::width).sum();
    }
}
