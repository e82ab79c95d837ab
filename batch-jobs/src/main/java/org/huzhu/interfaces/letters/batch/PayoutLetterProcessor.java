package org.huzhu.interfaces.letters.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.huzhu.application.HolidayCalendar;
import org.huzhu.application.JobParameters;
import org.huzhu.domain.model.letter.LetterSubjects;
import org.huzhu.domain.model.letter.PaymentDates;
import org.huzhu.domain.model.letter.UnletteredPayout;

/**
 * What the processors of every payout kind share: the payouts' register, and the expected payment dates of the
 * run, read once per partition. A subclass reads its kind of payout and drafts the letter.
 */
public abstract class PayoutLetterProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Inject
    LetterSubjects subjects;

    @EJB
    HolidayCalendar holidays;

    private PaymentDates paymentDates;

    @Override
    public final Object processItem(Object item) {
        UnletteredPayout payout = (UnletteredPayout) item;
        if (paymentDates == null) {
            paymentDates = new PaymentDates(holidays.workingCalendar(), JobParameters.runDate(runDate));
        }
        return letterFor(payout, paymentDates);
    }

    protected abstract PayoutLetter letterFor(UnletteredPayout payout, PaymentDates paymentDates);
}
