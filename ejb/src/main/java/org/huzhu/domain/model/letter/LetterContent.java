package org.huzhu.domain.model.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.huzhu.domain.model.shared.Money;

/**
 * What a letter says, ready to print: every personal identifier already masked, every
 * explanation already written in Chinese. A letter never holds an unmasked ID or card.
 */
public sealed interface LetterContent permits SettlementLetterContent, GrantLetterContent {

    LetterIssue issue();

    Payee payee();

    /** The claim number ({@code HZ…}) or grant number ({@code G…}) the letter is about. */
    String subjectNumber();

    /** The steps from the base to the payable, in the order they were applied. */
    List<CalculationLine> calculation();

    Money payable();

    /** Empty when nothing is payable: the letter then explains why and no payment is made. */
    Optional<LocalDate> expectedPaymentDate();
}
