package vn.sochibo.ui.print;

import javafx.scene.text.Font;

/** A stretch of text in one font, without spaces: part of a word. */
record Piece(String text, Font font, double width) {
}
