package org.huzhu.domain.model.claim;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of scan a claim accepts, recognised by their first bytes, never by the file name. */
public enum ScanType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** 10 MB: a phone photo or a scanned page fits; a larger file is refused (HTTP 413). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final byte[] signature;

    ScanType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ScanType> recognise(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
