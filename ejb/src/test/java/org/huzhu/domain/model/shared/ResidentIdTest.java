package org.huzhu.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void readsTheExampleOfTheStandard() {
        ResidentId id = ResidentId.parse("11010519491231002X", TODAY);

        assertAll(
                () -> assertEquals(LocalDate.of(1949, 12, 31), id.birthDate()),
                () -> assertEquals(Gender.FEMALE, id.gender()),
                () -> assertEquals("110105********002X", id.masked()),
                () -> assertEquals("11010519491231002X", id.value()));
    }

    @Test
    void anOddSeventeenthDigitIsAMan() {
        ResidentId id = ResidentId.parse("440524188001010014", TODAY);

        assertEquals(Gender.MALE, id.gender());
        assertEquals(LocalDate.of(1880, 1, 1), id.birthDate());
    }

    @Test
    void readsALowercaseCheckCharacterAsX() {
        assertEquals(ResidentId.parse("11010519491231002X", TODAY), ResidentId.parse(" 11010519491231002x ", TODAY));
    }

    @Test
    void isEqualByValueAndPrintsMasked() {
        ResidentId a = ResidentId.parse("360502197006150012", TODAY);
        ResidentId b = ResidentId.parse("360502197006150020", TODAY);

        assertEquals(a, ResidentId.parse("360502197006150012", TODAY));
        assertEquals(a.hashCode(), ResidentId.parse("360502197006150012", TODAY).hashCode());
        assertNotEquals(a, b);
        assertEquals("360502********0012", a.toString());
    }

    @Test
    void aBirthDateOfTodayIsAcceptedButTomorrowIsNot() {
        String bornOn20260315 = "360502202603150014";

        assertEquals(LocalDate.of(2026, 3, 15), ResidentId.parse(bornOn20260315, LocalDate.of(2026, 3, 15)).birthDate());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ResidentId.parse(bornOn20260315, LocalDate.of(2026, 3, 14)));
        assertEquals("V01", e.code());
        assertEquals("身份证号码 360502********0014 的出生日期晚于今天", e.messageZh());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "360502199003071239",   // check character should be 8
            "36050219900307123X",
            "360502199002301230",   // 30 February, check character right
            "360502179912311237",   // born 1799, check character right
            "36050219900307123",    // 17 characters
            "3605021990030712388",  // 19 characters
            "36050219900307X238",   // X inside
            "36050A199003071238",
            "360502 99003071238"})
    @NullAndEmptySource
    void refusesMalformedIdsWrongCheckCharactersAndImpossibleDates(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ResidentId.parse(text, TODAY));

        assertEquals("V01", e.code());
        assertFalse(e.messageZh().isBlank());
        assertFalse(e.messageEn().isBlank());
    }

    @Test
    void messagesNeverHoldTheFullId() {
        InvalidValueException wrongCheck = assertThrows(InvalidValueException.class,
                () -> ResidentId.parse("360502199003071239", TODAY));
        InvalidValueException badDate = assertThrows(InvalidValueException.class,
                () -> ResidentId.parse("360502199002301230", TODAY));

        assertAll(
                () -> assertEquals("身份证号码 360502********1239 校验码错误", wrongCheck.messageZh()),
                () -> assertEquals("resident ID 360502********1239 has a wrong check character", wrongCheck.messageEn()),
                () -> assertFalse(wrongCheck.getMessage().contains("360502199003071239")),
                () -> assertFalse(badDate.messageZh().contains("19900230")),
                () -> assertFalse(badDate.messageEn().contains("19900230")));
    }

    @Test
    void becomesAViolationOfTheFieldItWasTypedIn() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ResidentId.parse("360502199003071239", TODAY));

        Violation violation = e.toViolation("idNumber");

        assertEquals(new Violation("V01", "idNumber", e.messageZh(), e.messageEn()), violation);
    }

    @Test
    void ageCountsCompletedYearsAndTurnsOnTheBirthday() {
        ResidentId bornOn19700615 = ResidentId.parse("360502197006150012", TODAY);

        assertEquals(55, bornOn19700615.ageOn(LocalDate.of(2026, 6, 14)));
        assertEquals(56, bornOn19700615.ageOn(LocalDate.of(2026, 6, 15)));
        assertEquals(0, bornOn19700615.ageOn(LocalDate.of(1970, 6, 15)));
        assertThrows(IllegalArgumentException.class, () -> bornOn19700615.ageOn(LocalDate.of(1970, 6, 14)));
    }

    @Test
    void someoneBornOnALeapDayTurnsOlderOnTheFirstOfMarch() {
        ResidentId leapDay = ResidentId.parse("360502200002294566", TODAY);

        assertEquals(0, leapDay.ageOn(LocalDate.of(2001, 2, 28)));
        assertEquals(1, leapDay.ageOn(LocalDate.of(2001, 3, 1)));
        assertEquals(4, leapDay.ageOn(LocalDate.of(2004, 2, 29)));
    }

    /** The check character from the standard's definition, 2^(17−i) mod 11 weights, written independently. */
    private static char checkCharacterByDefinition(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (int) (Math.pow(2, 17 - i) % 11);
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY);
    }

    @Property
    void everyIdWithTheRightCheckCharacterIsAcceptedAndNoOtherCharacter(
            @ForAll @StringLength(6) @NumericChars String region,
            @ForAll("birthDates") LocalDate birthDate,
            @ForAll @IntRange(min = 0, max = 999) int order) {
        String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", order);
        char right = checkCharacterByDefinition(first17);

        ResidentId id = ResidentId.parse(first17 + right, TODAY);
        assertEquals(birthDate, id.birthDate());
        assertEquals(order % 2 == 1 ? Gender.MALE : Gender.FEMALE, id.gender());
        for (char wrong : "0123456789X".toCharArray()) {
            if (wrong != right) {
                assertThrows(InvalidValueException.class, () -> ResidentId.parse(first17 + wrong, TODAY));
            }
        }
    }
}
