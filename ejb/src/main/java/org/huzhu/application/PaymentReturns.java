package org.huzhu.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Bank return files (SPEC.md §6) as finance uploads them for the {@code payment-return-import} job and reads the
 * outcome, and the retry of a failed payment (SPEC.md §4).
 */
public interface PaymentReturns {

    /** A return file answers one payment file: far below this. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * @param outcome       IMPORTED, REFUSED or DUPLICATE; null until an import has read it
     * @param outcomeDetail the import's JSON: {rows, paid, failed, total, paymentFileId, mismatches}; null until then
     */
    record ReturnFileView(long fileId, String fileName, int sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt, String outcome, String outcomeDetail, Long jobExecutionId) {
    }

    record Requeued(long payoutId, String claimNo, String maskedCard) {
    }

    /** Stores the file as uploaded; the import job reads it by the returned id. */
    UploadedFiles.StoredFile store(String fileName, byte[] content, String uploadedBy);

    Optional<ReturnFileView> find(long fileId);

    /**
     * Sends a failed payment again: the claim goes back to SETTLED, and the next payment file pays the same payout
     * with a new row to the member's corrected card.
     *
     * @throws NotFound if there is no claim payout with that id
     * @throws Conflict if the payment did not fail or the card has not been corrected
     */
    Requeued requeue(long payoutId, String actor);
}
