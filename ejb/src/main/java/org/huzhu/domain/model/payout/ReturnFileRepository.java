package org.huzhu.domain.model.payout;

import java.util.Optional;

/** The bank's return files, uploaded by finance, each imported once (SPEC.md §6). */
public interface ReturnFileRepository {

    /** An uploaded file's bytes and their hash. */
    record Content(byte[] bytes, String sha256) {
    }

    Optional<ReturnFile> find(long id);

    /** The file's bytes, the file locked until the transaction ends, so that one import at a time handles it. */
    Optional<Content> lockForImport(long id);

    /** The file that imported these bytes, if one did. */
    Optional<Long> importedAs(String sha256);

    /** @param detail the outcome's details as JSON */
    void recordOutcome(long id, ReturnOutcome outcome, String detail, long jobExecutionId);
}
