package org.huzhu.domain.model.notice;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huzhu.domain.model.letter.GrantLetterContent;
import org.huzhu.domain.model.letter.LetterContent;
import org.huzhu.domain.model.letter.SettlementLetterContent;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.domain.model.shared.MobilePhone;
import org.huzhu.domain.model.shared.Violation;

/**
 * The notice of each event that concerns a member, built from the event's own values. Free text (the rules a claim
 * broke, a reviewer's or a bank's reason) is written by people or other systems and may quote a number: any run of
 * digits as long as an ID or a card keeps only its last four, so that a notice never carries one in full.
 */
public final class MemberNotices {

    /** An ID number (17 digits and a check digit that may be X) or a card (15 to 19 digits), anywhere in a text. */
    private static final Pattern FULL_NUMBER = Pattern.compile("\\d{11,}(\\d{4}|\\d{3}[Xx])");
    private static final String RULE_SEPARATOR = "；";
    private static final String UNSTATED = "未注明原因";

    private MemberNotices() {
    }

    /** A letter was issued: its number, its verification code and where to check it. */
    public static Notice letterIssued(MobilePhone to, LetterContent letter, String verifyUrl) {
        String subject = switch (letter) {
            case SettlementLetterContent settlement -> settlement.planName();
            case GrantLetterContent grant -> grant.kind().chineseName();
        };
        return new Notice(to, NoticeKind.LETTER_ISSUED, Map.of("subject", subject,
                "letterNo", letter.issue().letterNumber(),
                "code", letter.issue().verificationCode().grouped(), "verifyUrl", verifyUrl));
    }

    /** A letter was corrected: the old one is void, the new one has its own number, code and place to check it. */
    public static Notice letterReissued(MobilePhone to, LetterNumber superseded, LetterContent letter, String verifyUrl) {
        return new Notice(to, NoticeKind.LETTER_REISSUED, Map.of("oldLetterNo", superseded.value(),
                "letterNo", letter.issue().letterNumber(),
                "code", letter.issue().verificationCode().grouped(), "verifyUrl", verifyUrl));
    }

    /** The bank paid the member. */
    public static Notice paid(MobilePhone to, String subject, Money amount, String cardTail) {
        return new Notice(to, NoticeKind.PAYMENT_PAID, Map.of("subject", subject, "amount", amount.toPlainString(),
                "cardTail", cardTail));
    }

    /** The bank could not pay the member, for the bank's reason. */
    public static Notice paymentFailed(MobilePhone to, String subject, Money amount, String cardTail, String reason) {
        return new Notice(to, NoticeKind.PAYMENT_FAILED, Map.of("subject", subject, "amount", amount.toPlainString(),
                "cardTail", cardTail, "reason", masked(reason)));
    }

    /** Intake's rules refused the claim: each rule broken, in words, once. */
    public static Notice claimRejected(MobilePhone to, String claimNo, List<Violation> violations) {
        String rules = String.join(RULE_SEPARATOR, violations.stream().map(Violation::messageZh).distinct().toList());
        return new Notice(to, NoticeKind.CLAIM_REJECTED, Map.of("claimNo", claimNo, "rules", masked(rules)));
    }

    /** The reviewer declined the claim, for their reason. */
    public static Notice claimDeclined(MobilePhone to, String claimNo, String reason) {
        return new Notice(to, NoticeKind.CLAIM_DECLINED, Map.of("claimNo", claimNo, "reason", masked(reason)));
    }

    /**
     * The text with every ID or card number in it cut to its last four characters ("****1234"); a missing text
     * says so, since the template has a place for it.
     */
    static String masked(String freeText) {
        if (freeText == null || freeText.isBlank()) {
            return UNSTATED;
        }
        return FULL_NUMBER.matcher(freeText.strip()).replaceAll(match -> "****" + match.group(1));
    }
}
