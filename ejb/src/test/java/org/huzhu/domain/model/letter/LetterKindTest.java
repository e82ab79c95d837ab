package org.huzhu.domain.model.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class LetterKindTest {

    @Test
    void aSettlementLetterIsAboutItsClaim() {
        SettlementLetterContent letter = SampleLetters.inpatientSettlement();
        assertEquals(LetterKind.SETTLEMENT, LetterKind.of(letter));
        assertEquals("HZ2026000045", letter.subjectNumber());
    }

    @Test
    void grantAndCondolenceLettersAreAboutTheirGrant() {
        GrantLetterContent grant = SampleLetters.hardshipGrant();
        assertEquals(LetterKind.GRANT, LetterKind.of(grant));
        assertEquals("G2026000007", grant.subjectNumber());

        GrantLetterContent condolence = new GrantLetterContent(grant.issue(), grant.payee(), "G2026000008",
                GrantLetterContent.Kind.CONDOLENCE, 2026, Optional.empty(),
                List.of(new CalculationLine("慰问金", "500.00")), Money.parse("500.00"), grant.expectedPaymentDate());
        assertEquals(LetterKind.CONDOLENCE, LetterKind.of(condolence));
    }
}
