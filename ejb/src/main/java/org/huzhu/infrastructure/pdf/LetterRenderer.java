package org.huzhu.infrastructure.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

import org.huzhu.domain.model.letter.AmountInCapitals;
import org.huzhu.domain.model.letter.CalculationLine;
import org.huzhu.domain.model.letter.GrantLetterContent;
import org.huzhu.domain.model.letter.KeyDate;
import org.huzhu.domain.model.letter.LetterContent;
import org.huzhu.domain.model.letter.SettlementLetterContent;
import org.huzhu.domain.model.shared.Money;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders a letter as a one-page A4 PDF in Chinese (unsigned; {@link PadesSigner} signs it).
 * <p>
 * The bottom {@value #FOOTER_HEIGHT} points of every page are kept free of flowing text: the
 * last page carries the QR code and verification code on the left and the issuer with the
 * date on the right, where {@link #STAMP_AREA} puts the visible signature stamp over them the
 * way a paper letter's seal covers the issuer's name.
 * <p>
 * Stateless and thread-safe; the font is shared by every letter.
 */
public final class LetterRenderer {

    /** Where the signer draws its stamp, on the last page. */
    static final PageArea STAMP_AREA = new PageArea(405, 78, 120, 120);

    private static final float MARGIN = 56;
    private static final float FOOTER_HEIGHT = 210;
    private static final float QR_SIZE = 92;
    private static final Color LABEL_BACKGROUND = new Color(0xF2, 0xF2, 0xF2);
    private static final Color RULE_COLOR = new Color(0x99, 0x99, 0x99);

    private static final Font TITLE = font(20, Font.BOLD);
    private static final Font HEADING = font(12, Font.BOLD);
    private static final Font TEXT = font(10.5f, Font.NORMAL);
    private static final Font EMPHASIS = font(11, Font.BOLD);
    private static final Font SMALL = font(8.5f, Font.NORMAL);

    public byte[] render(LetterContent letter) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_HEIGHT);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        // Every letter embeds its own subset of the font, whose glyph index tables keep all 65,000 entries (about
        // 280 KB to compress); the fastest level costs 1 % more bytes and saves a tenth of the rendering.
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        document.addTitle(title(letter) + " " + letter.issue().letterNumber());
        document.addAuthor(letter.issue().unionName());
        document.addCreator("Huzhu");
        document.open();

        ColumnText body = new ColumnText(writer.getDirectContent());
        body.addElement(centred(letter.issue().unionName(), HEADING, 4));
        body.addElement(centred(title(letter), TITLE, 10));
        body.addElement(numberAndDate(letter));
        body.addElement(paragraph(letter.payee().memberName() + " 会员：", TEXT, 2));
        body.addElement(paragraph("　　" + opening(letter), TEXT, 8));
        body.addElement(section("基本信息"));
        body.addElement(labelledTable(facts(letter), 2));
        body.addElement(section("计算过程"));
        body.addElement(calculationTable(letter.calculation()));
        body.addElement(section(payableName(letter) + "与支付"));
        body.addElement(labelledTable(payment(letter), 1));
        flow(body, document);

        drawFooter(writer.getDirectContent(), letter);
        document.close();
        return pdf.toByteArray();
    }

    /**
     * Lays the body out above the footer, page after page. {@code Document.add} would start a new page after a table
     * that ends near the footer even when nothing more follows, and the seal would then sit alone on a blank page.
     */
    private static void flow(ColumnText body, Document document) {
        while (true) {
            body.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
            if (!ColumnText.hasMoreText(body.go())) {
                return;
            }
            document.newPage();
        }
    }

    private static String title(LetterContent letter) {
        return switch (letter) {
            case SettlementLetterContent settlement -> "理赔结算通知书";
            case GrantLetterContent grant -> "帮扶金发放通知书";
        };
    }

    private static String payableName(LetterContent letter) {
        return letter instanceof SettlementLetterContent ? "应付金额" : "发放金额";
    }

    private static String opening(LetterContent letter) {
        return switch (letter) {
            case SettlementLetterContent settlement -> "您的" + settlement.planName() + "理赔申请（理赔编号 "
                    + settlement.claimNumber() + "）已结算完毕，结算结果通知如下。";
            case GrantLetterContent grant -> grant.kind() == GrantLetterContent.Kind.GRANT
                    ? "根据困难职工帮扶办法，经核定，向您发放 " + grant.grantYear()
                            + " 年度困难职工帮扶金（免申即享，无需申请），具体如下。"
                    : "您本年度有重大疾病或女职工特殊疾病理赔，向您发放 " + grant.grantYear() + " 年度慰问金，具体如下。";
        };
    }

    private static List<Fact> facts(LetterContent letter) {
        List<Fact> facts = new ArrayList<>();
        facts.add(row("会员姓名", letter.payee().memberName()));
        facts.add(row("身份证号", letter.payee().maskedResidentId()));
        switch (letter) {
            case SettlementLetterContent settlement -> {
                facts.add(row("理赔编号", settlement.claimNumber()));
                facts.add(row("保障计划", settlement.planName()));
                facts.add(row("保障份数", settlement.shares() + " 份"));
                for (KeyDate keyDate : settlement.keyDates()) {
                    facts.add(row(keyDate.label(), chineseDate(keyDate.date())));
                }
            }
            case GrantLetterContent grant -> {
                facts.add(row("帮扶编号", grant.grantNumber()));
                facts.add(row("发放类别", grant.kind().chineseName()));
                facts.add(row("年度", grant.grantYear() + " 年"));
                grant.remainingBurden().ifPresent(burden -> facts.add(row("剩余负担", figures(burden))));
            }
        }
        return facts;
    }

    private static List<Fact> payment(LetterContent letter) {
        String name = payableName(letter);
        return List.of(
                emphasised(name + "（小写）", figures(letter.payable())),
                emphasised(name + "（大写）", AmountInCapitals.of(letter.payable())),
                row("收款银行卡", letter.payee().maskedBankCard()),
                row("预计支付日期", letter.expectedPaymentDate()
                        .map(LetterRenderer::chineseDate)
                        .orElse("本次无" + name + "，不安排支付")));
    }

    private record Fact(String label, String value, Font font) {
    }

    private static Fact row(String label, String value) {
        return new Fact(label, value, TEXT);
    }

    private static Fact emphasised(String label, String value) {
        return new Fact(label, value, EMPHASIS);
    }

    private static Paragraph numberAndDate(LetterContent letter) {
        Paragraph paragraph = paragraph("通知书编号：" + letter.issue().letterNumber() + "　　日期："
                + chineseDate(letter.issue().letterDate()), TEXT, 10);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static Paragraph section(String heading) {
        Paragraph paragraph = paragraph(heading, HEADING, 4);
        paragraph.setSpacingBefore(8);
        return paragraph;
    }

    /** Label–value pairs, several to a row where the values are short, so that a letter fits on one page. */
    private static PdfPTable labelledTable(List<Fact> facts, int pairsPerRow) {
        float[] widths = new float[pairsPerRow * 2];
        for (int pair = 0; pair < pairsPerRow; pair++) {
            widths[2 * pair] = 1.2f;
            widths[2 * pair + 1] = 4.8f / pairsPerRow;
        }
        PdfPTable table = table(widths);
        for (Fact fact : facts) {
            table.addCell(cell(fact.label(), TEXT, LABEL_BACKGROUND, Element.ALIGN_LEFT));
            table.addCell(cell(fact.value(), fact.font(), null, Element.ALIGN_LEFT));
        }
        int pairsMissing = (pairsPerRow - facts.size() % pairsPerRow) % pairsPerRow;
        if (pairsMissing > 0) {
            PdfPCell filler = cell("", TEXT, null, Element.ALIGN_LEFT);
            filler.setColspan(2 * pairsMissing);
            table.addCell(filler);
        }
        return table;
    }

    private static PdfPTable calculationTable(List<CalculationLine> lines) {
        PdfPTable table = table(new float[] {4.6f, 1.4f});
        table.setHeaderRows(1);
        table.addCell(cell("项目", EMPHASIS, LABEL_BACKGROUND, Element.ALIGN_LEFT));
        table.addCell(cell("金额（元）", EMPHASIS, LABEL_BACKGROUND, Element.ALIGN_RIGHT));
        for (CalculationLine line : lines) {
            PdfPCell label = cell(line.label(), TEXT, null, Element.ALIGN_LEFT);
            if (line.amount().isEmpty()) {
                label.setColspan(2);
                table.addCell(label);
            } else {
                table.addCell(label);
                table.addCell(cell(line.amount(), TEXT, null, Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    /** A table the width of the text. */
    static PdfPTable table(float[] relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color background, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setUseAscender(true);
        cell.setBorderColor(RULE_COLOR);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = paragraph(text, font, spacingAfter);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(font.getSize() * 1.6f);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** QR code and verification code on the left, issuer and date on the right under the stamp. */
    private static void drawFooter(PdfContentByte canvas, LetterContent letter) {
        float qrBottom = STAMP_AREA.y() + 4;
        drawQrCode(canvas, letter.issue().verificationLink().toString(), MARGIN, qrBottom, QR_SIZE);

        float textLeft = MARGIN + QR_SIZE + 12;
        float line = qrBottom + QR_SIZE - 12;
        showText(canvas, "验证码：" + letter.issue().verificationCode().grouped(), EMPHASIS, textLeft, line,
                Element.ALIGN_LEFT);
        showText(canvas, "扫描二维码，或在以下网址输入", SMALL, textLeft, line - 20, Element.ALIGN_LEFT);
        showText(canvas, "通知书编号和验证码，核验真伪：", SMALL, textLeft, line - 33, Element.ALIGN_LEFT);
        showText(canvas, letter.issue().verifyPage().toString(), SMALL, textLeft, line - 46, Element.ALIGN_LEFT);
        showText(canvas, "本通知书经电子签章，打印件与电子件具有同等效力。", SMALL, textLeft, line - 66,
                Element.ALIGN_LEFT);

        showText(canvas, letter.issue().unionName(), TEXT, STAMP_AREA.centerX(), STAMP_AREA.centerY() + 6,
                Element.ALIGN_CENTER);
        showText(canvas, chineseDate(letter.issue().letterDate()), TEXT, STAMP_AREA.centerX(),
                STAMP_AREA.centerY() - 14, Element.ALIGN_CENTER);
    }

    private static void showText(PdfContentByte canvas, String text, Font font, float x, float y, int alignment) {
        ColumnText.showTextAligned(canvas, alignment, new Phrase(text, font), x, y, 0);
    }

    /** Drawn as vector squares, so it stays sharp however the letter is printed or zoomed. */
    private static void drawQrCode(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix modules = qrModules(text);
        float moduleSize = size / modules.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < modules.getHeight(); row++) {
            float rowBottom = y + size - (row + 1) * moduleSize;
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                canvas.rectangle(x + runStart * moduleSize, rowBottom, (column - runStart) * moduleSize, moduleSize);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static BitMatrix qrModules(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        // Any of the eight masks is valid; choosing one saves scoring all eight, a fifth of rendering time.
        hints.put(EncodeHintType.QR_MASK_PATTERN, 2);
        try {
            // Size 0 asks for one bit per module; the PDF scales it.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("verification link does not fit a QR code: " + text, e);
        }
    }

    private static String figures(Money amount) {
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.amount());
    }

    /** {@code 2026年12月3日}, as letters and print batch covers date things. */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Noto Sans SC, embedded as a subset: the font every letter and cover is set in. */
    static Font font(float size, int style) {
        return new Font(NotoSansSc.openPdfFont(), size, style);
    }
}
