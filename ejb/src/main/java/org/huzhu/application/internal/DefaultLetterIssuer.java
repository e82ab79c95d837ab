package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
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
import org.huzhu.domain.model.member.MemberRepository;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.NoticeKind;
import org.huzhu.domain.model.notice.Outbox;
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
        } else {
            LOG.info(() -> "payout " + payoutId + " got letter " + stored + " from a concurrent call; " + number + " is unused");
        }
        return stored;
    }

    // ---- re-issue (SPEC.md §12) ----

    @Inject
    private LetterSubjects subjects;

    @EJB
    private HolidayCalendar holidays;

    @Inject
    private MemberRepository members;

    @Inject
    private AuditTrail audit;

    @Inject
    private Outbox outbox;

    /**
     * The new letter is drawn as the run drew the old one, from the payout's data as it reads now, and its expected
     * payment date counts from the day the payout was stored (the run's date), so that only what was corrected
     * differs. The old letter is checked before rendering, so that a refused re-issue costs no signature;
     * {@link LetterRepository#supersede} checks again, for a concurrent re-issue of the same letter.
     */
    @Override
    public LetterNumber reissue(LetterNumber letter, String reason, String actor) {
        LetterOfPayout old = letters.ofPayout(letter).orElseThrow(() ->
                new NotFound("没有编号为 " + letter.value() + " 的通知书", "there is no letter " + letter.value()));
        old.supersededBy().ifPresent(replacedBy -> {
            throw alreadySuperseded(letter, replacedBy);
        });
        LocalDate today = signing.today();
        LetterNumber successor = new LetterNumber(today.getYear(),
                Math.toIntExact(numbers.next(NumberSequences.Kind.LETTER, today.getYear())));
        VerificationCode code = VerificationCode.random();
        LetterIssue successorIssue = signing.issue(successor, code);
        LetterContent corrected = redraft(old).complete(successorIssue);
        byte[] signed = signing.signer().sign(signing.renderer().render(corrected));
        NewLetter replacement = new NewLetter(successor, LetterKind.of(corrected), corrected.subjectNumber(),
                old.payoutId(), old.memberId(), signed, Sha256.hex(signed), code.digestFor(successor.value()));
        if (!letters.supersede(letter, replacement)) {
            throw alreadySuperseded(letter, letters.ofPayout(letter).flatMap(LetterOfPayout::supersededBy)
                    .orElseThrow(() -> new IllegalStateException("letter " + letter.value() + " vanished")));
        }
        audit.record(new AuditEntry(Instant.now(), actor, LetterOfPayout.AUDIT_ENTITY, letter.value(), "REISSUE",
                null, null, reason + "（新通知书 " + successor.value() + "）"));
        tellTheMember(old.memberId(), letter, successorIssue);
        LOG.info(() -> "letter " + letter.value() + " re-issued as " + successor.value() + " by " + actor);
        return successor;
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

    /** A member with no phone on record learns of the new letter from their union, as of the first one. */
    private void tellTheMember(long memberId, LetterNumber superseded, LetterIssue successor) {
        members.member(memberId).phone().ifPresent(phone -> outbox.post(new Notice(phone, NoticeKind.LETTER_REISSUED, Map.of(
                "oldLetterNo", superseded.value(),
                "letterNo", successor.letterNumber(),
                "code", successor.verificationCode().grouped(),
                "verifyUrl", successor.verifyPage().toString()))));
    }

    private static Conflict alreadySuperseded(LetterNumber letter, LetterNumber successor) {
        return new Conflict("letter-superseded",
                "通知书 " + letter.value() + " 已被 " + successor.value() + " 取代，只能更正当前有效的通知书",
                "letter " + letter.value() + " was already superseded by " + successor.value()
                        + "; only the current letter can be re-issued");
    }
}
