package org.huzhu.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import org.openpdf.text.pdf.BaseFont;

/**
 * Noto Sans SC (TrueType, from {@code ph-fonts-noto-sans-sc}), read once per JVM: the file is
 * about 10 MB and reading it for every letter makes rendering several times slower. Each holder
 * class is initialised on first use, which the JVM makes thread-safe.
 */
final class NotoSansSc {

    private static final String RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private NotoSansSc() {
    }

    /** The font file; shared, so callers must not change it. */
    static byte[] trueTypeBytes() {
        return FileHolder.BYTES;
    }

    /** For OpenPDF: embedded as a subset with Identity-H, so the text can be copied and extracted. */
    static BaseFont openPdfFont() {
        return OpenPdfHolder.FONT;
    }

    private static final class FileHolder {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = NotoSansSc.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class OpenPdfHolder {
        static final BaseFont FONT = create();

        private static BaseFont create() {
            try {
                BaseFont font = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.NOT_CACHED, FileHolder.BYTES, null, false, true);
                // The subset's name prefix is random; without a SecureRandom of its own, OpenPDF makes a new one,
                // seeded afresh, for every letter.
                font.setSecureRandom(new SecureRandom());
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
