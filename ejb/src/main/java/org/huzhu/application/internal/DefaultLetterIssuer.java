package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.huzhu.application.Conflict;
import org.huzhu.application.HolidayCalendar;
import org.huzhu.application.LetterIssuer;
import org.huzhu.application.NotFound;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.letter.DecidedGrant;
import org.huzhu.domain.model.letter.LetterContent;
import org.huzhu.domain.model.letter.LetterDraft;
import org.huzhu.domain.model.letter.LetterIssue;
import org.huzhu.domain.model.letter.LetterKind;
import org.huzhu.domain.model.letter.LetterOfPayout;
import org.huzhu.domain.model.letter.LetterRepository;
import org.huzhu.domain.model.letter.LetterSubjects;
import org.huzhu.domain.model.letter.NewLetter;
import org.huzhu.domain.model.letter.PaymentDates;
import org.huzhu.domain.model.letter.SettledPayout;
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
    private LetterSubjects subjects;

    @Inject
    private LetterSigning signing;

    @EJB
    private NumberBlocks numbers;

    @EJB
    private HolidayCalendar holidays;

    @Inject
    private AuditTrail audit;

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
        SignedLetter letter = sign(draft);
        LetterNumber stored = letters.addUnlessPayoutHasOne(letter.toRegister(payoutId, memberId));
        if (stored.equals(letter.number())) {
            LOG.fine(() -> "letter " + stored + " issued for payout " + payoutId);
            recipients.phoneOfMember(memberId).ifPresent(phone -> outbox.post(
                    MemberNotices.letterIssued(phone, letter.content(), letter.verifyUrl())));
        } else {
            LOG.info(() -> "payout " + payoutId + " got letter " + stored + " from a concurrent call; "
                    + letter.number() + " is unused");
        }
        return stored;
    }

    /**
     * The new letter is drawn as the run drew the old one, from the payout's data as it reads now, and its expected
     * payment date counts from the day the payout was stored (the run's date), so that only what was corrected
     * differs. The old letter is checked before rendering, so that a refused re-issue costs no signature;
     * {@link LetterRepository#supersede} checks again, for a concurrent re-issue of the same letter.
     */
    @Override
    public LetterNumber reissue(LetterNumber superseded, String reason, String actor) {
        LetterOfPayout old = letters.ofPayout(superseded).orElseThrow(() ->
                new NotFound("没有编号为 " + superseded.value() + " 的通知书", "there is no letter " + superseded.value()));
        old.supersededBy().ifPresent(replacedBy -> {
            throw alreadySuperseded(superseded, replacedBy);
        });
        SignedLetter successor = sign(redraft(old));
        if (!letters.supersede(superseded, successor.toRegister(old.payoutId(), old.memberId()))) {
            throw alreadySuperseded(superseded, letters.ofPayout(superseded).flatMap(LetterOfPayout::supersededBy)
                    .orElseThrow(() -> new IllegalStateException("letter " + superseded.value() + " vanished")));
        }
        audit.record(new AuditEntry(Instant.now(), actor, LetterOfPayout.AUDIT_ENTITY, superseded.value(), "REISSUE",
                null, null, reason + "（新通知书 " + successor.number().value() + "）"));
        // A member with no phone on record learns of the new letter from their union, as of the first one.
        recipients.phoneOfMember(old.memberId()).ifPresent(phone -> outbox.post(
                MemberNotices.letterReissued(phone, superseded, successor.content(), successor.verifyUrl())));
        LOG.info(() -> "letter " + superseded.value() + " re-issued as " + successor.number().value() + " by " + actor);
        return successor.number();
    }

    /** The draft completed with a new number, date and verification code, rendered and signed. */
    private SignedLetter sign(LetterDraft draft) {
        LocalDate today = signing.today();
        LetterNumber number = new LetterNumber(today.getYear(),
                Math.toIntExact(numbers.next(NumberSequences.Kind.LETTER, today.getYear())));
        VerificationCode code = VerificationCode.random();
        LetterIssue issue = signing.issue(number, code);
        LetterContent content = draft.complete(issue);
        if (!issue.equals(content.issue())) {
            throw new IllegalArgumentException("letter " + number + " must carry the issue it was given");
        }
        return new SignedLetter(number, code, content, signing.signer().sign(signing.renderer().render(content)));
    }

    private record SignedLetter(LetterNumber number, VerificationCode code, LetterContent content, byte[] pdf) {

        NewLetter toRegister(long payoutId, long memberId) {
            return new NewLetter(number, LetterKind.of(content), content.subjectNumber(), payoutId, memberId, pdf,
                    Sha256.hex(pdf), code.digestFor(number.value()));
        }

        String verifyUrl() {
            return content.issue().verifyPage().toString();
        }
    }

    private LetterDraft redraft(LetterOfPayout old) {
        PaymentDates paymentDates = new PaymentDates(holidays.workingCalendar(), subjects.storedOn(old.payoutId()));
        return switch (old.kind()) {
            case SETTLEMENT -> {
                SettledPayout settled = subjects.settledPayout(old.payoutId());
                yield settled.draft(paymentDates.expectedFor(settled.payable()));
            }
            case GRANT, CONDOLENCE -> {
                DecidedGrant grant = subjects.decidedGrant(old.payoutId());
                yield grant.draft(paymentDates.expectedFor(grant.amount()));
            }
        };
    }

    private static Conflict alreadySuperseded(LetterNumber letter, LetterNumber successor) {
        return new Conflict("letter-superseded",
                "通知书 " + letter.value() + " 已被 " + successor.value() + " 取代，只能更正当前有效的通知书",
                "letter " + letter.value() + " was already superseded by " + successor.value()
                        + "; only the current letter can be re-issued");
    }
}
