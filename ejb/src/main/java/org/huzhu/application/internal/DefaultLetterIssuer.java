package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.application.LetterIssuer;
import org.huzhu.domain.model.letter.LetterContent;
import org.huzhu.domain.model.letter.LetterDraft;
import org.huzhu.domain.model.letter.LetterIssue;
import org.huzhu.domain.model.letter.LetterKind;
import org.huzhu.domain.model.letter.LetterRepository;
import org.huzhu.domain.model.letter.NewLetter;
import org.huzhu.domain.model.letter.VerificationCode;
import org.huzhu.domain.model.notice.MemberNotices;
import org.huzhu.domain.model.notice.Outbox;
import org.huzhu.domain.model.notice.Recipients;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.shared.Sha256;
import org.huzhu.infrastructure.pdf.LetterSigning;
import org.huzhu.infrastructure.persistence.NumberBlocks;
import org.huzhu.infrastructure.persistence.NumberSequences;

@Stateless
public class DefaultLetterIssuer implements LetterIssuer {

    private static final Logger LOG = Logger.getLogger(DefaultLetterIssuer.class.getName());

    @Inject
    private LetterRepository letters;

    @Inject
    private LetterSigning signing;

    @EJB
    private NumberBlocks numbers;

    @Inject
    private Recipients recipients;

    @Inject
    private Outbox outbox;

    @Override
    public LetterNumber issue(long payoutId, long memberId, LetterDraft draft) {
        Optional<LetterNumber> existing = letters.numberForPayout(payoutId);
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate today = signing.today();
        LetterNumber number = new LetterNumber(today.getYear(),
                Math.toIntExact(numbers.next(NumberSequences.Kind.LETTER, today.getYear())));
        VerificationCode code = VerificationCode.random();
        LetterIssue issue = signing.issue(number, code);
        LetterContent content = draft.complete(issue);
        if (!issue.equals(content.issue())) {
            throw new IllegalArgumentException("the letter of payout " + payoutId + " must carry the issue it was given");
        }
        byte[] pdf = signing.signer().sign(signing.renderer().render(content));
        LetterNumber stored = letters.addUnlessPayoutHasOne(new NewLetter(number, LetterKind.of(content),
                content.subjectNumber(), payoutId, memberId, pdf, Sha256.hex(pdf), code.digestFor(number.value())));
        if (stored.equals(number)) {
            LOG.fine(() -> "letter " + number + " issued for payout " + payoutId);
            recipients.phoneOfMember(memberId).ifPresent(phone -> outbox.post(
                    MemberNotices.letterIssued(phone, content, content.issue().verifyPage().toString())));
        } else {
            LOG.info(() -> "payout " + payoutId + " got letter " + stored + " from a concurrent call; " + number + " is unused");
        }
        return stored;
    }
}
