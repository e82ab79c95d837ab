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
import org.huzhu.domain.model.shared.Sha256;
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

    @Inject
    private FileCheckBudget budget;

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

    /**
     * The register first, by the file's SHA-256, which costs no parsing. The file is still parsed, within
     * {@link FileCheckBudget}, for both answers: an issued letter's signature is reported as it stands today
     * (its CA still trusted), and for a file that is no letter the reason it is none (altered after signing,
     * signed by another key, not signed, damaged) tells the person at the verify page more than "not issued".
     */
    @Override
    public LetterCheck checkFile(byte[] file) {
        Optional<IssuedLetter> sameBytes = letters.findBySha256(Sha256.hex(file));
        LetterVerification verification = budget.check(() -> signing.verifier().verify(file));
        return LetterCheck.ofFile(verification, sameBytes);
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
