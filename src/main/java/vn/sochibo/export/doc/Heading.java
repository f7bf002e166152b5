package vn.sochibo.export.doc;

/** A bold section heading of the body ("I. NỘI DUNG SINH HOẠT"). */
public record Heading(String text) implements Block {
}
