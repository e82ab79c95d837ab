package org.huzhu.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.huzhu.domain.model.letter.PrintBatchCover;
import org.huzhu.domain.model.letter.PrintedLetter;
import org.huzhu.domain.model.shared.Streamed;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One PDF to print a unit's letters of a run: a cover page (or several, for a long list) naming the union, the run,
 * the unit and every letter, then each letter's pages as they were signed, in the cover's order.
 * <p>
 * The letters pass through {@link PdfCopy} one at a time: each is read, its pages written to the output and its
 * objects released before the next, so the memory a batch takes does not grow with its size. The output is a new
 * document, so the letters' signatures do not carry over: the cover says so, and each printed letter is checked by
 * its own QR code and verification code.
 * <p>
 * Stateless and thread-safe; the cover uses the letters' font.
 */
public final class PrintBatchAssembler {

    private static final float MARGIN = 56;
    private static final Font TITLE = LetterRenderer.font(18, Font.BOLD);
    private static final Font HEADING = LetterRenderer.font(12, Font.BOLD);
    private static final Font TEXT = LetterRenderer.font(10.5f, Font.NORMAL);
    private static final Font NOTICE = LetterRenderer.font(10.5f, Font.BOLD);

    /**
     * Writes the batch to {@code out}, which it neither buffers nor closes.
     *
     * @param letterPdfs the signed PDFs of the cover's letters, in its order
     * @throws IllegalStateException if they are not as many as the cover lists
     */
    public void write(PrintBatchCover cover, Streamed<byte[]> letterPdfs, OutputStream out) {
        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, out);
        copy.setCloseStream(false);
        document.open();
        append(copy, coverPages(cover));
        int letters = 0;
        for (byte[] letter = letterPdfs.next(); letter != null; letter = letterPdfs.next()) {
            append(copy, letter);
            letters++;
        }
        if (letters != cover.letters().size()) {
            throw new IllegalStateException("the cover of unit " + cover.unitCode() + " lists "
                    + cover.letters().size() + " letters, but " + letters + " were read");
        }
        document.close();
    }

    private static void append(PdfCopy copy, byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cover as a document of its own, a few KB even for thousands of lines, appended like a letter. */
    static byte[] coverPages(PrintBatchCover cover) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("通知书打印批次 " + cover.unitCode());
        document.addAuthor(cover.unionName());
        document.addCreator("Huzhu");
        document.open();
        document.add(centred(cover.unionName(), HEADING));
        document.add(centred("通知书打印批次", TITLE));
        document.add(facts(cover));
        document.add(notice(cover));
        document.add(letterList(cover.letters()));
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPTable facts(PrintBatchCover cover) {
        PdfPTable table = LetterRenderer.table(new float[] {1.2f, 4.8f});
        table.setSpacingBefore(12);
        addRow(table, "批处理", cover.job() + "（执行编号 " + cover.executionId() + "）");
        addRow(table, "运行日期", LetterRenderer.chineseDate(cover.runDate()));
        addRow(table, "单位", cover.unitName() + "（" + cover.unitCode() + "）");
        addRow(table, "通知书份数", cover.letters().size() + " 份");
        return table;
    }

    private static Paragraph notice(PrintBatchCover cover) {
        Paragraph notice = new Paragraph("本文件仅供打印分发，并非经电子签章的通知书本身。打印后的每份通知书，凭其上的二维码和验证码在验证页面核验真伪："
                + cover.verifyPage(), NOTICE);
        notice.setLeading(NOTICE.getSize() * 1.6f);
        notice.setSpacingBefore(12);
        notice.setSpacingAfter(12);
        return notice;
    }

    /** One line per letter, in the order the letters follow; the heading repeats on every page of a long list. */
    private static PdfPTable letterList(List<PrintedLetter> letters) {
        PdfPTable table = LetterRenderer.table(new float[] {0.8f, 2f, 1.8f, 1.4f});
        table.setHeaderRows(1);
        for (String heading : List.of("序号", "通知书编号", "会员编号", "会员姓名")) {
            table.addCell(cell(heading, HEADING));
        }
        int position = 0;
        for (PrintedLetter letter : letters) {
            table.addCell(cell(Integer.toString(++position), TEXT));
            table.addCell(cell(letter.number().value(), TEXT));
            table.addCell(cell(letter.memberNumber(), TEXT));
            table.addCell(cell(letter.memberName().value(), TEXT));
        }
        return table;
    }

    private static void addRow(PdfPTable table, String label, String value) {
        table.addCell(cell(label, HEADING));
        table.addCell(cell(value, TEXT));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }
}
