package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class InflationLimitTest {

    private static final long LIMIT = 8L * 1024 * 1024;

    @Test
    void aStreamThatInflatesPastTheLimitIsCaughtBeforeItIsHeld() throws IOException {
        assertFalse(InflationLimit.holds(pdfWithStream(deflated(zeros(LIMIT + 1), true)), LIMIT));
        assertFalse(InflationLimit.holds(pdfWithStream(deflated(zeros(LIMIT + 1), false)), LIMIT), "raw deflate too");
    }

    @Test
    void aBombInsideABombIsInflatedToTheEnd() throws IOException {
        byte[] inner = deflated(zeros(LIMIT * 4), true);
        assertTrue(inner.length < LIMIT / 100);
        assertFalse(InflationLimit.holds(pdfWithStream(deflated(inner, true)), LIMIT));
    }

    @Test
    void streamsWithinTheLimitTogetherPassAndSoDoesDataThatIsNotDeflated() throws IOException {
        byte[] half = deflated(zeros(LIMIT / 2 - 1024), true);
        assertTrue(InflationLimit.holds(pdfWithStream(half), LIMIT));
        assertFalse(InflationLimit.holds(concat(pdfWithStream(half), pdfWithStream(half), pdfWithStream(half)), LIMIT),
                "the limit is for the whole file");
        assertTrue(InflationLimit.holds(pdfWithStream("BT /F1 12 Tf (plain) Tj ET".getBytes(StandardCharsets.US_ASCII)), LIMIT));
    }

    private static byte[] pdfWithStream(byte[] data) {
        return concat("%%PDF-1.7\n1 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n".formatted(data.length)
                .getBytes(StandardCharsets.US_ASCII), data, "\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] deflated(byte[] data, boolean zlib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION, !zlib))) {
            deflater.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] zeros(long length) {
        return new byte[(int) length];
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
