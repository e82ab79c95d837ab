package org.huzhu.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Whether a PDF's compressed streams stay within a size once inflated, checked before PDFBox reads the file.
 * PDFBox inflates a cross-reference or object stream into the heap whatever its {@code MemoryUsageSetting} says,
 * so a file of 200 KB whose object stream inflates to gigabytes (a deflate bomb) would fill it. Every stream that
 * holds zlib or raw deflate data is inflated here into nothing, its bytes counted against one limit for the whole
 * file, and inflated again where its data is itself deflated (a filter stacked on a filter).
 */
final class InflationLimit {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "end".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_STACKED_FILTERS = 3;

    private long left;

    private InflationLimit(long bytes) {
        this.left = bytes;
    }

    /** Whether all streams of {@code pdf} together inflate to at most {@code bytes}. */
    static boolean holds(byte[] pdf, long bytes) {
        InflationLimit limit = new InflationLimit(bytes);
        for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
            if (at >= END.length && regionMatches(pdf, at - END.length, END)) {
                continue;
            }
            int start = at + STREAM.length;
            start += start < pdf.length && pdf[start] == '\r' ? 1 : 0;
            start += start < pdf.length && pdf[start] == '\n' ? 1 : 0;
            if (!limit.inflate(new ByteArrayInputStream(pdf, start, pdf.length - start), 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Inflates what deflated data {@code compressed} begins with, as zlib or, at the top, raw deflate (which
     * needs the stream to start again, as a byte array's does); false past the limit.
     */
    private boolean inflate(InputStream compressed, int depth) {
        boolean[] kinds = depth == 0 ? new boolean[] {false, true} : new boolean[] {false};
        for (boolean raw : kinds) {
            try {
                if (depth == 0) {
                    compressed.reset();
                }
                return drain(new Counted(new InflaterInputStream(compressed, new Inflater(raw), 8192)), depth);
            } catch (Exceeded e) {
                return false;
            } catch (IOException notDeflated) {
                // not this kind of deflated data, or it breaks off: PDFBox will make of it what it can, within bounds
            }
        }
        return true;
    }

    private boolean drain(Counted inflated, int depth) throws IOException {
        if (depth + 1 < MAX_STACKED_FILTERS) {
            byte[] head = inflated.readNBytes(2);
            if (head.length == 2 && (head[0] & 0x0f) == 8 && ((head[0] & 0xff) << 8 | head[1] & 0xff) % 31 == 0) {
                // A zlib header: the inflated data is deflated again, so inflate that too, on the same count.
                return inflate(new SequenceInputStream(new ByteArrayInputStream(head), inflated), depth + 1);
            }
        }
        byte[] buffer = new byte[64 * 1024];
        while (inflated.read(buffer) >= 0) {
            // counted by Counted
        }
        return true;
    }

    /** The limit was passed. */
    private static final class Exceeded extends IOException {
        Exceeded() {
            super("inflated past the limit");
        }
    }

    /** Counts what it reads against the file's limit. */
    private final class Counted extends FilterInputStream {

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        private void count(int bytes) throws Exceeded {
            left -= bytes;
            if (left < 0) {
                throw new Exceeded();
            }
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = from; i <= data.length - pattern.length; i++) {
            if (regionMatches(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatches(byte[] data, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (data[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
