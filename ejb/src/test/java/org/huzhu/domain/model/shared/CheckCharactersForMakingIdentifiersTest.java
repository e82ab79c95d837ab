package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The check characters that demo data and tests use to make identifiers are the ones parsing accepts. */
class CheckCharactersForMakingIdentifiersTest {

    @Test
    void completesTheStandardsOwnResidentIdExample() {
        assertEquals('X', ResidentId.checkCharacterFor("11010519491231002"));
    }

    @Property
    void aCompletedResidentIdParses(@ForAll @IntRange(min = 0, max = 20_000) int daysAfter1950,
                                    @ForAll @IntRange(min = 0, max = 999) int sequence) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(daysAfter1950);
        String first17 = "360502" + birth.toString().replace("-", "") + "%03d".formatted(sequence);
        String id = first17 + ResidentId.checkCharacterFor(first17);
        assertEquals(birth, ResidentId.parse(id, LocalDate.of(2026, 11, 23)).birthDate());
    }

    @Property
    void aCompletedCreditCodeParses(@ForAll @NumericChars @StringLength(16) String digits) {
        String first17 = "9" + digits;
        String code = first17 + CreditCode.checkCharacterFor(first17);
        assertEquals(code, CreditCode.parse(code).value());
    }

    @Property
    void aCompletedCardNumberPassesLuhnAndAnyOtherDigitFails(@ForAll @NumericChars @StringLength(15) String digits) {
        char check = BankCard.checkDigitFor("6" + digits);
        assertEquals("6" + digits + check, BankCard.parse("6" + digits + check).number());
        char wrong = (char) ('0' + (check - '0' + 1) % 10);
        assertThrows(InvalidValueException.class, () -> BankCard.parse("6" + digits + wrong));
    }
}
