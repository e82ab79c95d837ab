package org.huzhu.interfaces.letters.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.huzhu.application.JobParameters;
import org.huzhu.infrastructure.persistence.DataSources;

/**
 * What the processors of every payout kind share: a connection per payout, and the expected payment dates of the
 * run, read once per partition. A subclass reads its kind of payout and drafts the letter.
 */
public abstract class PayoutLetterProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = JobParameters.RUN_DATE)
    String runDate;

    @Resource(lookup = DataSources.HUZHU)
    DataSource dataSource;

    private PaymentDates paymentDates;

    @Override
    public final Object processItem(Object item) throws SQLException {
        UnletteredPayout payout = (UnletteredPayout) item;
        try (Connection connection = dataSource.getConnection()) {
            if (paymentDates == null) {
                paymentDates = PaymentDates.load(connection, JobParameters.runDate(runDate));
            }
            return letterFor(connection, payout, paymentDates);
        }
    }

    protected abstract PayoutLetter letterFor(Connection connection, UnletteredPayout payout, PaymentDates paymentDates)
            throws SQLException;
}
