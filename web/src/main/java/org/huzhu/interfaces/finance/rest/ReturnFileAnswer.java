package org.huzhu.interfaces.finance.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import org.huzhu.application.PaymentReturns.ReturnFileView;

/**
 * {@code GET /return-files/{id}}: an uploaded return file and, once imported, its outcome with the import's result and
 * execution (absent before).
 */
@JsonbPropertyOrder({"fileId", "fileName", "size", "sha256", "uploadedBy", "uploadedAt", "outcome", "result",
        "executionId"})
public record ReturnFileAnswer(long fileId, String fileName, int size, String sha256, String uploadedBy,
                               Instant uploadedAt, String outcome, JsonObject result, Long executionId) {

    static ReturnFileAnswer of(ReturnFileView file) {
        JsonObject result = file.outcome() == null ? null
                : JSON.createReader(new StringReader(file.outcomeDetail())).readObject();
        return new ReturnFileAnswer(file.fileId(), file.fileName(), file.sizeBytes(), file.sha256(),
                file.uploadedBy(), file.uploadedAt(), file.outcome(), result, file.jobExecutionId());
    }
}
