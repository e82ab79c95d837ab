package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huzhu.domain.model.letter.LetterContent;
import org.huzhu.domain.model.letter.PrintBatchCover;
import org.huzhu.domain.model.letter.PrintedLetter;
import org.huzhu.domain.model.letter.SampleLetters;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.shared.MaskedName;
import org.huzhu.domain.model.shared.Streamed;
import org.junit.jupiter.api.Test;

/**
 * A print batch built from real signed letters. {@link #aLargeBatchStreamsThroughABoundedHeap} is also the batch's
 * benchmark: run with {@code -Dhuzhu.printBatch.letters=5000} and a small heap (docs/members-print.md).
 */
class PrintBatchAssemblerTest {

    private static final URI VERIFY_PAGE = URI.create("https://huzhu.example.cn/verify.html");
    private static final List<LetterContent> LETTERS = List.of(SampleLetters.longCalculation(),
            SampleLetters.inpatientSettlement(), SampleLetters.hardshipGrant());

    private final PrintBatchAssembler assembler = new PrintBatchAssembler();

    @Test
    void theCoverListsTheBatchThenEachLetterFollowsInItsOrder() throws IOException {
        List<byte[]> signed = LETTERS.stream().map(SignedLetters.RENDERER::render)
                .map(SignedLetters.developmentSigner()::sign).toList();
        PrintBatchCover cover = cover(LETTERS.stream().map(letter -> letter.issue().letterNumber()).toList());

        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        assembler.write(cover, streamed(signed), batch);

        List<String> pages = pageTexts(batch.toByteArray());
        assertEquals(1 + LETTERS.size(), pages.size(), "a cover page, then one page per letter");
        String coverPage = pages.getFirst();
        for (String expected : List.of(SampleLetters.UNION_NAME, "通知书打印批次", "理赔结算（执行编号 4711）",
                "2026年11月20日", "城关镇中心小学（U-0042）", "3 份", "M00000001", "张*三", "欧**明", "王*",
                "本文件仅供打印分发，并非经电子签章的通知书本身", "二维码和验证码", VERIFY_PAGE.toString())) {
            assertTrue(coverPage.contains(expected), () -> expected + " missing from the cover: " + coverPage);
        }
        assertFalse(coverPage.contains("张小三"), "the cover masks names");
        List<String> numbers = LETTERS.stream().map(letter -> letter.issue().letterNumber()).toList();
        List<Integer> listed = numbers.stream().map(coverPage::indexOf).toList();
        assertEquals(listed.stream().sorted().toList(), listed, "the cover lists the letters in their order");
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            int page = 1 + i;
            assertTrue(pages.get(page).contains(number), () -> "page " + (page + 1) + " is letter " + number);
        }
    }

    @Test
    void fewerLettersThanTheCoverListsFailTheBatch() {
        byte[] letter = SignedLetters.signedSettlementLetter();
        PrintBatchCover cover = cover(List.of("L20260000123", "L20260000124"));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> assembler.write(cover, streamed(List.of(letter)), OutputStream.nullOutputStream()));
        assertTrue(failure.getMessage().contains("lists 2 letters, but 1 were read"), failure.getMessage());
    }

    /**
     * The same signed letter over and over, as many as {@code huzhu.printBatch.letters} says (40 by default, so that
     * the unit tests stay quick). With 5,000 letters of about 100 KB the batch is far larger than a small heap, so
     * finishing under {@code -Xmx128m} shows that letters are not held once written.
     */
    @Test
    void aLargeBatchStreamsThroughABoundedHeap() {
        int count = Integer.getInteger("huzhu.printBatch.letters", 40);
        byte[] letter = SignedLetters.signedSettlementLetter();
        PrintBatchCover cover = cover(IntStream.range(0, count)
                .mapToObj(i -> new LetterNumber(2026, i + 1).value()).toList());
        CountingOutput output = new CountingOutput();

        long started = System.nanoTime();
        assembler.write(cover, repeated(letter, count), output);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(output.bytes > (long) count * letter.length / 2, "every letter was written: " + output.bytes);
        System.out.printf("print batch of %,d letters (%,d bytes each): %,d bytes in %.1f s, max heap %,d MiB%n",
                count, letter.length, output.bytes, took.toMillis() / 1000.0, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Members M00000001… in order, with names of one, two, three and four characters. */
    private static PrintBatchCover cover(List<String> letterNumbers) {
        List<String> names = List.of("张小三", "欧阳小明", "王芳");
        List<PrintedLetter> letters = new ArrayList<>();
        for (int i = 0; i < letterNumbers.size(); i++) {
            letters.add(new PrintedLetter(i + 1, LetterNumber.parse(letterNumbers.get(i)),
                    String.format("M%08d", i + 1), MaskedName.of(names.get(i % names.size()))));
        }
        return new PrintBatchCover(SampleLetters.UNION_NAME, "理赔结算", 4711, LocalDate.of(2026, 11, 20), "U-0042",
                "城关镇中心小学", letters, VERIFY_PAGE);
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static Streamed<byte[]> streamed(List<byte[]> pdfs) {
        Iterator<byte[]> next = pdfs.iterator();
        return new Streamed<>() {
            @Override
            public byte[] next() {
                return next.hasNext() ? next.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }

    private static Streamed<byte[]> repeated(byte[] pdf, int times) {
        return streamed(Collections.nCopies(times, pdf));
    }

    private static final class CountingOutput extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
