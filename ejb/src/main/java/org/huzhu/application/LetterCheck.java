package org.huzhu.application;

import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.letter.IssuedLetter;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.infrastructure.pdf.LetterVerification;

/**
 * The verify page's answer about a letter, with the one finding that matters most and the
 * reason in Chinese and English.
 *
 * @param unchanged      whether the file is byte for byte the letter as issued; empty when the
 *                       check was by number and code, with no file to compare
 * @param signatureValid whether the signature of the file (or, checked by code, of the stored
 *                       letter) is intact, covers the whole file and comes from the union's CA
 * @param letterNumber   the letter, once it is known to be issued
 * @param supersededBy   the letter that replaced it, when it was re-issued
 */
public record LetterCheck(boolean issued, Optional<Boolean> unchanged, boolean current, boolean signatureValid,
                          Optional<LetterNumber> letterNumber, Optional<LetterNumber> supersededBy, String finding,
                          String chineseReason, String englishReason) {

    /** What the register of letters adds to the file checks of {@link LetterVerification.Finding}. */
    public enum RegisterFinding {
        NOT_ISSUED("本会没有签发过与之相符的通知书：文件或编号、验证码与登记不符。",
                "No letter matching this was issued: the file, or the number and code, do not match the register."),
        SUPERSEDED("该通知书确由本会签发，但已被更新的通知书取代，不再有效。",
                "This letter was issued, but a newer letter has replaced it and it is no longer current."),
        CURRENT("该通知书由本会签发，内容未被修改，签名有效，且为当前有效版本。",
                "This letter was issued, is unchanged, validly signed and current.");

        private final String chineseReason;
        private final String englishReason;

        RegisterFinding(String chineseReason, String englishReason) {
            this.chineseReason = chineseReason;
            this.englishReason = englishReason;
        }
    }

    public LetterCheck {
        Objects.requireNonNull(unchanged, "unchanged");
        Objects.requireNonNull(letterNumber, "letterNumber");
        Objects.requireNonNull(supersededBy, "supersededBy");
        Objects.requireNonNull(finding, "finding");
    }

    /**
     * A file's answer: issued and unchanged when its SHA-256 is that of a letter in the register.
     * What went wrong with the file itself explains more than "not issued", so it comes first.
     */
    public static LetterCheck ofFile(LetterVerification file, Optional<IssuedLetter> sameBytes) {
        boolean valid = file.isValid();
        if (sameBytes.isEmpty()) {
            return valid ? register(RegisterFinding.NOT_ISSUED, false, Optional.of(false), true, Optional.empty())
                    : new LetterCheck(false, Optional.of(false), false, false, Optional.empty(), Optional.empty(),
                            file.finding().name(), file.chineseReason(), file.englishReason());
        }
        return ofIssued(sameBytes.get(), Optional.of(true), file);
    }

    /** A number-and-code answer: the stored letter's own signature is checked too. */
    public static LetterCheck ofCode(Optional<IssuedLetter> letterWithThatCode, LetterVerification storedFile) {
        return letterWithThatCode.map(letter -> ofIssued(letter, Optional.empty(), storedFile))
                .orElseGet(LetterCheck::notIssuedByCode);
    }

    public static LetterCheck notIssuedByCode() {
        return register(RegisterFinding.NOT_ISSUED, false, Optional.empty(), false, Optional.empty());
    }

    private static LetterCheck ofIssued(IssuedLetter letter, Optional<Boolean> unchanged, LetterVerification file) {
        if (!file.isValid()) {
            return new LetterCheck(true, unchanged, letter.isCurrent(), false, Optional.of(letter.number()),
                    letter.supersededBy(), file.finding().name(), file.chineseReason(), file.englishReason());
        }
        return register(letter.isCurrent() ? RegisterFinding.CURRENT : RegisterFinding.SUPERSEDED, true, unchanged,
                true, Optional.of(letter));
    }

    private static LetterCheck register(RegisterFinding finding, boolean issued, Optional<Boolean> unchanged,
                                        boolean signatureValid, Optional<IssuedLetter> letter) {
        return new LetterCheck(issued, unchanged, issued && finding == RegisterFinding.CURRENT, signatureValid,
                letter.map(IssuedLetter::number), letter.flatMap(IssuedLetter::supersededBy), finding.name(),
                finding.chineseReason, finding.englishReason);
    }
}
