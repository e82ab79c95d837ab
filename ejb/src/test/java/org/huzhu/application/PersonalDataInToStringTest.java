package org.huzhu.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.domain.model.claim.ClaimContext;
import org.huzhu.domain.model.member.HardshipLevel;
import org.huzhu.domain.model.member.MemberCategory;
import org.huzhu.domain.model.shared.BankCard;
import org.huzhu.domain.model.shared.Gender;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.ResidentId;
import org.huzhu.domain.model.user.PasswordHash;
import org.junit.jupiter.api.Test;

/**
 * A record's generated toString prints every component; records end up in log lines and
 * exception messages, so those holding a resident ID, a bank card or a password must print them
 * masked or not at all (SPEC.md §2: logs never hold an unmasked ID or card; a phone number is masked likewise).
 */
class PersonalDataInToStringTest {

    private static final String ID = "11010519491231002X";
    private static final String CARD = "6222020200112233445";

    @Test
    void aNewMemberPrintsItsIdCardAndPhoneMasked() {
        ResidentId id = ResidentId.parse(ID, LocalDate.of(2026, 1, 1));
        BankCard card = BankCard.parse(withLuhnDigit(CARD.substring(0, 18)));
        Registration.NewMember member = new Registration.NewMember("U001", "张三", id, MobilePhone.parse("13800138000"),
                card, "工商银行", MemberCategory.EMPLOYEE, HardshipLevel.NONE, false);

        String printed = member.toString();
        assertFalse(printed.contains(ID), printed);
        assertFalse(printed.contains(ID.substring(6, 14)), "no birth date digits of the ID: " + printed);
        assertFalse(printed.contains(withLuhnDigit(CARD.substring(0, 18))), printed);
        assertTrue(printed.contains("110105********002X"), printed);
        assertFalse(printed.contains("13800138000"), printed);
        assertTrue(printed.contains("138****8000"), printed);
    }

    @Test
    void aClaimantPrintsOnlyTheLastFourDigitsOfTheCard() {
        ClaimContext.Claimant claimant = new ClaimContext.Claimant(Gender.MALE, CARD, List.of());
        String printed = claimant.toString();
        assertFalse(printed.contains(CARD), printed);
        assertFalse(printed.contains(CARD.substring(0, 12)), printed);
        assertTrue(printed.contains("**** 3445"), printed);
        assertTrue(new ClaimContext.Claimant(Gender.FEMALE, null, List.of()).toString().contains("bankCard=null"));
    }

    @Test
    void issuedPasswordsAndHashesAreNeverPrinted() {
        String password = "k7Pq9xMn2vRt";
        assertFalse(new Registration.RegisteredMember("M0001", "男", LocalDate.of(1980, 1, 1), password)
                .toString().contains(password));
        assertFalse(new UserAdministration.IssuedAccount("clerk9", password).toString().contains(password));
        String printedHash = new PasswordHash("c2VjcmV0LWhhc2g=", "c2FsdA==", 10).toString();
        assertFalse(printedHash.contains("c2VjcmV0LWhhc2g=") || printedHash.contains("c2FsdA=="), printedHash);
    }

    private static String withLuhnDigit(String digits) {
        return digits + BankCard.checkDigitFor(digits);
    }
}
