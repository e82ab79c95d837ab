package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.huzhu.application.LetterCheck;
import org.huzhu.application.LetterQuery;
import org.huzhu.domain.model.letter.IssuedLetter;
import org.huzhu.domain.model.letter.LetterRepository;
import org.huzhu.domain.model.letter.LetterSummary;
import org.huzhu.domain.model.letter.VerificationCode;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.infrastructure.pdf.LetterSigning;
import org.huzhu.infrastructure.pdf.LetterVerification;

@Stateless
public class DefaultLetterQuery implements LetterQuery {

    /** Compared against when the number is unknown, so that both answers cost the same work. */
    private static final byte[] NO_DIGEST = VerificationCode.random().digestFor("L00000000000");

    @Inject
    private LetterRepository letters;

    @Inject
    private LetterSigning signing;

    @Override
    public Optional<byte[]> pdf(LetterNumber number, Reader reader) {
        return letters.find(number).filter(letter -> reader.mayRead(letter.memberNumber())).map(IssuedLetter::pdf);
    }

    @Override
    public Optional<LetterNumber> currentLetterAbout(String subjectNumber) {
        return letters.currentFor(subjectNumber);
    }

    @Override
    public List<LetterSummary> lettersOf(String memberNumber) {
        return letters.lettersOf(memberNumber);
    }

    @Override
    public LetterCheck checkFile(byte[] file) {
        LetterVerification verification = signing.verifier().verify(file);
        return LetterCheck.ofFile(verification, letters.findBySha256(verification.sha256()));
    }

    @Override
    public LetterCheck checkCode(LetterNumber number, String typedCode) {
        Optional<IssuedLetter> letter = letters.find(number);
        if (letter.isEmpty()) {
            VerificationCode.isTypedFor(typedCode, number.value(), NO_DIGEST);
            return LetterCheck.notIssuedByCode();
        }
        if (!letter.get().hasCode(typedCode)) {
            return LetterCheck.notIssuedByCode();
        }
        return LetterCheck.ofCode(letter, signing.verifier().verify(letter.get().pdf()));
    }
}
