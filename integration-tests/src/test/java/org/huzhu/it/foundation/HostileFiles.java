package org.huzhu.it.foundation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files made to hurt a parser, small on disk and huge once read: XLSX workbooks whose parts inflate to hundreds of
 * megabytes, PDFs whose compressed object stream does the same or whose objects nest past any stack, CSV with an
 * unclosed quote. Made in memory by the test, so nothing hostile sits in the source tree.
 */
final class HostileFiles {

    static final String ROSTER_HEADER = "姓名,身份证号码,手机号码,银行卡号,开户银行,人员类别,保障计划,份数,保障开始,保障结束,缴费方";

    private HostileFiles() {
    }

    /** A workbook with one sheet whose XML is written by {@code sheet}, and shared strings if not null. */
    static byte[] xlsx(Consumer<OutputStream> sheet, String sharedStrings) {
        Map<String, Consumer<OutputStream>> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", text("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>"""));
        parts.put("_rels/.rels", text("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>"""));
        parts.put("xl/workbook.xml", text("""
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
        parts.put("xl/_rels/workbook.xml.rels", text("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>"""));
        parts.put("xl/worksheets/sheet1.xml", sheet);
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", text(sharedStrings));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, Consumer<OutputStream>> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().accept(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A sheet of inline-string rows: the header row, then {@code rows}. */
    static Consumer<OutputStream> sheet(String rows) {
        return text(sheetStart() + row(1, ROSTER_HEADER.split(",")) + rows + SHEET_END);
    }

    /** A sheet with a valid header and then {@code megabytes} of blanks inside its data: a deflate bomb. */
    static Consumer<OutputStream> blankSheet(int megabytes) {
        return out -> {
            write(out, sheetStart() + row(1, ROSTER_HEADER.split(",")));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                write(out, blanks);
            }
            write(out, SHEET_END);
        };
    }

    /** A sheet of {@code count} short rows after the header. */
    static Consumer<OutputStream> manyRows(int count) {
        return out -> {
            write(out, sheetStart() + row(1, ROSTER_HEADER.split(",")));
            for (int r = 2; r <= count + 1; r++) {
                write(out, "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
            }
            write(out, SHEET_END);
        };
    }

    static String row(int number, String... cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.length; i++) {
            row.append("<c r=\"").append((char) ('A' + i)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells[i]).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static String sheetStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    private static final String SHEET_END = "</sheetData></worksheet>";

    /** Shared strings of {@code megabytes} of distinct-looking text: too large to hold, not a bomb by ratio. */
    static String hugeSharedStrings(int megabytes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        java.util.Random random = new java.util.Random(7);
        while (xml.length() < megabytes * 1024 * 1024) {
            xml.append("<si><t>");
            for (int i = 0; i < 200; i++) {
                xml.append((char) ('a' + random.nextInt(26)));
            }
            xml.append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    /**
     * A PDF 1.5 whose AcroForm lives in a compressed object stream that inflates to {@code megabytes} of blanks:
     * finding the form (and so the signatures) means inflating it.
     */
    static byte[] pdfWithObjectStreamBomb(int megabytes) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        long[] offsets = new long[6];
        write(pdf, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets[1] = pdf.size();
        write(pdf, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>\nendobj\n");
        offsets[2] = pdf.size();
        write(pdf, "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
        String header = "4 0 ";
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            write(deflate, header + "<< /Fields [] >>");
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                deflate.write(blanks);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        offsets[3] = pdf.size();
        write(pdf, "3 0 obj\n<< /Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode /Length "
                + compressed.size() + " >>\nstream\n");
        write(pdf, compressed.toByteArray());
        write(pdf, "\nendstream\nendobj\n");
        offsets[5] = pdf.size();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        xrefEntry(entries, 0, 0, 65535);
        xrefEntry(entries, 1, offsets[1], 0);
        xrefEntry(entries, 1, offsets[2], 0);
        xrefEntry(entries, 1, offsets[3], 0);
        xrefEntry(entries, 2, 3, 0);
        xrefEntry(entries, 1, offsets[5], 0);
        write(pdf, "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length " + entries.size() + " >>\nstream\n");
        write(pdf, entries.toByteArray());
        write(pdf, "\nendstream\nendobj\nstartxref\n" + offsets[5] + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    /** A classic PDF whose catalog holds arrays nested {@code depth} deep. */
    static byte[] pdfNestedArrays(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return classicPdf("<< /Type /Catalog /Pages 2 0 R /Deep " + nested + " >>");
    }

    /** A classic PDF with one stream object that claims a length far past the file's end. */
    static byte[] pdfWithLyingLength() {
        return classicPdf("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>\nendobj\n"
                + "3 0 obj\n<< /Length 2147483647 >>\nstream\nabc\nendstream");
    }

    /** A classic PDF whose AcroForm field refers to itself through its kids, for ever. */
    static byte[] pdfWithCyclicFields() {
        return classicPdf("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>\nendobj\n"
                + "3 0 obj\n<< /FT /Sig /T (s) /Kids [3 0 R] /Parent 3 0 R /V << /Type /Sig /ByteRange [0 -1 -5 99999999999] /Contents <zz> >> >>");
    }

    private static byte[] classicPdf(String catalog) {
        String head = "%PDF-1.7\n";
        String one = "1 0 obj\n" + catalog + "\nendobj\n";
        String two = "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        int xref = (head + one + two).getBytes(StandardCharsets.ISO_8859_1).length;
        String body = head + one + two + "xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n"
                .formatted(head.length(), (head + one).getBytes(StandardCharsets.ISO_8859_1).length)
                + "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code megabytes} of a JSON object's blanks, gzip-compressed to a few kilobytes. */
    static byte[] gzipBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            write(gzip, "{\"name\":\"");
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                gzip.write(blanks);
            }
            write(gzip, "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void xrefEntry(ByteArrayOutputStream out, int type, long field2, int field3) {
        out.write(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (field2 >> shift) & 0xff);
        }
        out.write(field3 >> 8 & 0xff);
        out.write(field3 & 0xff);
    }

    private static Consumer<OutputStream> text(String content) {
        return out -> write(out, content);
    }

    private static void write(OutputStream out, String text) {
        write(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
