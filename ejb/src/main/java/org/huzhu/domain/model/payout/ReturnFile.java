package org.huzhu.domain.model.payout;

import java.time.Instant;

/**
 * A bank return file as uploaded, and what its import came to.
 *
 * @param outcome         null until imported
 * @param outcomeDetail   the outcome's details as JSON, null until imported
 * @param jobExecutionId  the import's execution, null until imported
 */
public record ReturnFile(long id, String fileName, int sizeBytes, String sha256, String uploadedBy,
                         Instant uploadedAt, String outcome, String outcomeDetail, Long jobExecutionId) {
}
