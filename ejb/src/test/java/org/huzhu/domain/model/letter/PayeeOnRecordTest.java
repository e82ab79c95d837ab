package org.huzhu.domain.model.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PayeeOnRecordTest {

    private static final String ID = "360502198803151234";
    private static final String CARD = "6217002870012345678";

    @Test
    void neverPrintsTheWholeIdOrCard() {
        String printed = new PayeeOnRecord("王秀英", ID, CARD).toString();

        assertFalse(printed.contains(ID), printed);
        assertFalse(printed.contains(CARD), printed);
        assertTrue(printed.contains("5678"), printed);
    }

    @Test
    void masksForTheLetter() {
        var payee = new PayeeOnRecord("王秀英", ID, CARD).masked("HZ2026000001");

        assertEquals("王秀英", payee.memberName());
        assertFalse(payee.maskedResidentId().contains("19880315"), payee.maskedResidentId());
        assertFalse(payee.maskedBankCard().contains("62170028"), payee.maskedBankCard());
    }
}
