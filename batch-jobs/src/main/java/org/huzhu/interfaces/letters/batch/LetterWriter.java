package org.huzhu.interfaces.letters.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.huzhu.application.LetterIssuer;

/**
 * Issues the chunk's letters in the chunk's transaction: a chunk that rolls back leaves no letter (and a gap in
 * the letter numbers), and {@link LetterIssuer} returns a payout's existing letter rather than making a second.
 */
@Named("LetterWriter")
@Dependent
public class LetterWriter extends AbstractItemWriter {

    @EJB
    LetterIssuer issuer;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            PayoutLetter letter = (PayoutLetter) item;
            issuer.issue(letter.payoutId(), letter.memberId(), letter.draft());
        }
    }
}
