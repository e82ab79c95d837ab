package org.huzhu.domain.model.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

    @Test
    void randomCodesUseOnlyTheUnambiguousAlphabet() {
        for (int i = 0; i < 1_000; i++) {
            String value = VerificationCode.random().value();
            assertEquals(VerificationCode.LENGTH, value.length());
            assertTrue(value.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), value);
        }
    }

    @Test
    void randomCodesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(VerificationCode.random().value()));
        }
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUp() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            VerificationCode.random().value().chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(VerificationCode.ALPHABET.length(), seen.size());
    }

    @Test
    void isPrintedInTwoGroups() {
        assertEquals("K7MX3-Q9ZTB", VerificationCode.of("K7MX3Q9ZTB").grouped());
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7MX3Q9ZTB", "K7MX3-Q9ZTB", "k7mx3-q9ztb", " K7MX3 Q9ZTB "})
    void acceptsWhatAPersonTypes(String typed) {
        assertTrue(VerificationCode.of("K7MX3Q9ZTB").isTypedAs(typed));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "K7MX3Q9ZTC", "K7MX3Q9ZT", "K7MX3Q9ZTBB", "Ｋ7MX3Q9ZTB", "K7MX3Q9ZT?", "'; drop table"})
    void rejectsAnythingElseWithoutThrowing(String typed) {
        assertFalse(VerificationCode.of("K7MX3Q9ZTB").isTypedAs(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7MX3Q9ZT", "K7MX3Q9Z0B", "K7MX3Q9ZIB"})
    void refusesToStoreAMalformedCode(String text) {
        assertThrows(IllegalArgumentException.class, () -> VerificationCode.of(text));
    }

    @Test
    void doesNotShowItselfInLogs() {
        assertFalse(VerificationCode.of("K7MX3Q9ZTB").toString().contains("Q9ZTB"));
    }

    @Test
    void theStoredDigestRecognisesTheCodeAsTypedForItsLetterOnly() {
        byte[] digest = VerificationCode.of("K7MX3Q9ZTB").digestFor("L20260000123");
        assertEquals(32, digest.length);
        assertTrue(VerificationCode.isTypedFor("k7mx3-q9ztb", "L20260000123", digest));
        assertFalse(VerificationCode.isTypedFor("K7MX3Q9ZTC", "L20260000123", digest), "another code");
        assertFalse(VerificationCode.isTypedFor("K7MX3Q9ZTB", "L20260000124", digest), "another letter");
        assertFalse(VerificationCode.isTypedFor(null, "L20260000123", digest));
        assertFalse(VerificationCode.isTypedFor("<script>", "L20260000123", digest));
    }

    @Test
    void theDigestDoesNotContainTheCode() {
        String digest = java.util.HexFormat.of().formatHex(VerificationCode.of("K7MX3Q9ZTB").digestFor("L20260000123"));
        assertFalse(digest.toUpperCase(java.util.Locale.ROOT).contains("K7MX3Q9ZTB"));
    }
}
