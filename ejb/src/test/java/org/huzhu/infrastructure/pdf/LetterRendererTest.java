package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.huzhu.domain.model.letter.LetterContent;
import org.huzhu.domain.model.letter.SampleLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer();

    @TempDir
    Path directory;

    @Test
    void aSettlementLetterStatesItsFactsInExtractableChinese() throws IOException {
        String text = textOf(renderer.render(SampleLetters.inpatientSettlement()));

        assertTrue(text.contains("理赔结算通知书"), text);
        assertTrue(text.contains(SampleLetters.UNION_NAME), text);
        assertTrue(text.contains(SampleLetters.MEMBER_NAME), text);
        assertTrue(text.contains("L20260000123"), text);
        assertTrue(text.contains("HZ2026000045"), text);
        assertTrue(text.contains("¥20,000.00"), text);
        assertTrue(text.contains("人民币贰万元整"), text);
        assertTrue(text.contains(SampleLetters.MASKED_ID), text);
        assertTrue(text.contains("**** 5678"), text);
        assertTrue(text.contains("2026年4月10日"), text);
        assertTrue(text.contains("K7MX3-Q9ZTB"), text);
        assertTrue(text.contains("本次使用起付线"), text);
        assertFalse(text.contains(SampleLetters.UNMASKED_ID), text);
    }

    @Test
    void embedsOnlyASubsetOfTheChineseFont() throws IOException {
        Path pdf = write("fonts.pdf", renderer.render(SampleLetters.inpatientSettlement()));
        String fonts = ExternalTool.runSuccessfully("pdffonts", pdf.toString());

        assertTrue(fonts.contains("CID TrueType"), fonts);
        assertTrue(fonts.contains("Identity-H"), fonts);
        assertTrue(fonts.lines().filter(line -> line.contains("NotoSansSC"))
                .allMatch(line -> line.matches("[A-Z]{6}\\+NotoSansSC.*yes\\s+yes\\s+yes.*")), fonts);
        assertTrue(Files.size(pdf) < 200_000, "a subset keeps the letter small, was " + Files.size(pdf));
    }

    @Test
    void fitsOnOnePage() throws IOException {
        Path pdf = write("pages.pdf", renderer.render(SampleLetters.inpatientSettlement()));
        assertTrue(ExternalTool.runSuccessfully("pdfinfo", pdf.toString()).contains("Pages:           1"));
    }

    @Test
    void theLongestCalculationFitsOnOnePageWithItsSeal() throws IOException {
        Path pdf = write("long.pdf", renderer.render(SampleLetters.longCalculation()));
        String info = ExternalTool.runSuccessfully("pdfinfo", pdf.toString());
        assertTrue(info.contains("Pages:           1"), info);
    }

    @Test
    void theQrCodeOpensTheVerifyPageWithNumberAndCode() throws Exception {
        Path pdf = write("qr.pdf", renderer.render(SampleLetters.inpatientSettlement()));
        ExternalTool.runSuccessfully("pdftoppm", "-png", "-r", "150", "-singlefile", pdf.toString(),
                directory.resolve("qr").toString());
        BufferedImage page = ImageIO.read(directory.resolve("qr.png").toFile());
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));

        assertEquals("https://huzhu.example.cn/verify?letter=L20260000123&code=K7MX3Q9ZTB",
                new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void aLetterWithNothingPayableSaysNoPaymentIsMade() throws IOException {
        String text = textOf(renderer.render(SampleLetters.settlementWithNothingPayable()));

        assertTrue(text.contains("人民币零元整"), text);
        assertTrue(text.contains("本次无应付金额，不安排支付"), text);
        assertTrue(text.contains("本期封顶额 15,000.00 元已全部使用"), text);
    }

    @Test
    void aGrantLetterHasItsOwnTitleAndFacts() throws IOException {
        String text = textOf(renderer.render(SampleLetters.hardshipGrant()));

        assertTrue(text.contains("帮扶金发放通知书"), text);
        assertTrue(text.contains("G2026000007"), text);
        assertTrue(text.contains("¥10,500.00"), text);
        assertTrue(text.contains("人民币壹仟零伍拾元整"), text);
    }

    @Test
    void lettersRenderedAtTheSameTimeDoNotMixUp() throws Exception {
        List<LetterContent> letters = IntStream.range(0, 12)
                .mapToObj(i -> i % 2 == 0 ? (LetterContent) SampleLetters.inpatientSettlement()
                        : SampleLetters.hardshipGrant())
                .toList();
        List<byte[]> pdfs;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<byte[]>> rendered = letters.stream().map(letter -> pool.submit(() -> renderer.render(letter)))
                    .toList();
            pdfs = rendered.stream().map(LetterRendererTest::await).toList();
        }
        for (int i = 0; i < pdfs.size(); i++) {
            String text = textOf(pdfs.get(i));
            assertTrue(text.contains(i % 2 == 0 ? "人民币贰万元整" : "人民币壹仟零伍拾元整"), text);
        }
    }

    private static byte[] await(Future<byte[]> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String textOf(byte[] pdf) throws IOException {
        Path file = write("letter.pdf", pdf);
        return ExternalTool.runSuccessfully("pdftotext", "-enc", "UTF-8", file.toString(), "-");
    }

    private Path write(String name, byte[] pdf) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, pdf);
        return file;
    }
}
