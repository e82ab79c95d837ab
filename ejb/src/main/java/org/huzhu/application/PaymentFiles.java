package org.huzhu.application;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The payment files that settlement runs wrote for the bank (SPEC.md §6), for finance to download. */
public interface PaymentFiles {

    /**
     * @param run   the settlement run (job instance) that wrote it
     * @param total money string
     */
    record PaymentFileView(long id, long run, String kind, String fileName, int rowCount, String total,
            String sha256, Instant createdAt) {
    }

    Optional<PaymentFileView> find(long id);

    List<PaymentFileView> ofRun(long run);

    /** Where the file lies: inside the server's files directory ({@code huzhu.files.dir}). */
    Path location(PaymentFileView file);
}
