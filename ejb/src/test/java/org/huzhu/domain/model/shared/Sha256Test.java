package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Against the test vectors of FIPS 180-2, appendix B. */
class Sha256Test {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
    private static final String ABC_HASH = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void hexIsTheLowercaseHashOfTheBytes() {
        assertEquals(ABC_HASH, Sha256.hex(ABC));
        assertEquals(EMPTY_HASH, Sha256.hex(new byte[0]));
    }

    @Test
    void digestIsTheSameHashAsBytes() {
        assertArrayEquals(HexFormat.of().parseHex(ABC_HASH), Sha256.digest(ABC));
    }

    @Test
    void aStreamedDigestFedInPiecesEndsInTheSameHash() {
        String million = "a".repeat(1_000_000);
        MessageDigest running = Sha256.newDigest();
        for (int i = 0; i < 1000; i++) {
            running.update(million.substring(i * 1000, (i + 1) * 1000).getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Sha256.hexOf(running));
    }
}
