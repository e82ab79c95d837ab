package org.huzhu.domain.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemberNumberTest {

    @Test
    void isMAndEightDigits() {
        assertEquals("M00001234", new MemberNumber(1234).value());
        assertEquals("M00000001", new MemberNumber(1).toString());
    }

    @Test
    void aSequenceStartsAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new MemberNumber(0));
    }
}
