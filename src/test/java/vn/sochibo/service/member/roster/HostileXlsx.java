package vn.sochibo.service.member.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages part by part with {@link ZipOutputStream}, the way a hostile or broken program could: any
 * worksheet XML, streamed so that files far too large for memory can be made quickly for tests.
 */
final class HostileXlsx {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SHEET_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    /** Streams the content of one part. */
    @FunctionalInterface
    interface Part {
        void write(Writer out) throws IOException;
    }

    private HostileXlsx() {
    }

    /** A workbook of one sheet "Sheet1" whose worksheet XML (and shared strings, when not null) come from the parts. */
    static Path write(Path file, Part sheet, Part sharedStrings) {
        return write(file, sheet, sharedStrings, Deflater.BEST_SPEED);
    }

    /** The same, compressed as hard as a zip bomb is (about 1,000 to 1). */
    static Path bomb(Path file, Part sheet, Part sharedStrings) {
        return write(file, sheet, sharedStrings, Deflater.DEFAULT_COMPRESSION);
    }

    private static Path write(Path file, Part sheet, Part sharedStrings, int level) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(level);
            put(zip, "[Content_Types].xml", w -> w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                    + "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + SHEET_TYPE + "\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                    + STRINGS_TYPE + "\"/>") + "</Types>"));
            put(zip, "_rels/.rels", w -> w.write("<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" "
                    + "Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            put(zip, "xl/workbook.xml", w -> w.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS
                    + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            put(zip, "xl/_rels/workbook.xml.rels", w -> w.write("<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>"));
            put(zip, "xl/worksheets/sheet1.xml", w -> {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">");
                sheet.write(w);
                w.write("</worksheet>");
            });
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", w -> {
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
                    sharedStrings.write(w);
                    w.write("</sst>");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes the same text {@code times} times, in large pieces (a zip bomb is one character repeated). */
    static void repeat(Writer out, String text, long times) throws IOException {
        String chunk = text.repeat((int) Math.min(times, Math.max(1, (1 << 20) / Math.max(1, text.length()))));
        long written = 0;
        long perChunk = chunk.length() / text.length();
        while (written + perChunk <= times) {
            out.write(chunk);
            written += perChunk;
        }
        for (; written < times; written++) {
            out.write(text);
        }
    }

    private static void put(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        part.write(w);
        w.flush();
        zip.closeEntry();
    }

    /** Lets a writer be flushed without closing the zip under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the zip stays open for the next part
        }
    }
}
