package org.huzhu.domain.model.payout;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.payout.PaymentReconciliation.Answer;

/**
 * Payment files and their rows, one aggregate: a row exists only in its file, is written with it and changes only
 * when the bank answers it; the file's count and total are those of its rows.
 */
public interface PaymentFileRepository {

    /** Takes the rows of a payment file, in order. */
    @FunctionalInterface
    interface RowSink {
        void row(PaymentRow row) throws IOException;
    }

    /**
     * Stores the payment file of one run and kind once, in a transaction of its own: its rows are every payout of the
     * run above 0, in order of claim or grant number, and every claim payout that finance re-queued after its
     * payment failed (its claim back to SETTLED, a FAILED row and none awaiting the bank or paid), each to the
     * member's card as it is now.
     *
     * @return the file's id; the id of the file stored before if the run has one
     */
    long storeOnce(PayoutKind kind, long run, long jobExecutionId, String fileName);

    /** Hands the file's rows over in order, streamed. */
    void forEachRow(long fileId, RowSink sink) throws IOException;

    /**
     * Records the hash of the rendered file.
     *
     * @throws IllegalStateException if the file was rendered before with other bytes
     */
    void recordHash(long fileId, String sha256);

    Optional<PaymentFile> find(long id);

    List<PaymentFile> ofRun(long run);

    /** The rows awaiting the bank under the given references, locked until the transaction ends, and their files. */
    AwaitingPayments awaiting(Collection<String> references);

    /** Records the bank's answers to rows awaiting them. */
    void answer(long returnFileId, List<Answer> answers);
}
