package org.huzhu.domain.model.letter;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What a print batch's cover page says: whose batch (the union, the run, the unit) and which letters follow it, in
 * the order they follow. The batch holds exactly these letters.
 *
 * @param job         the run's job, in words
 * @param executionId the execution finance downloads the batch from
 * @param letters     in member order
 * @param verifyPage  where each printed letter is checked by its QR code or number and verification code
 */
public record PrintBatchCover(String unionName, String job, long executionId, LocalDate runDate, String unitCode,
        String unitName, List<PrintedLetter> letters, URI verifyPage) {

    public PrintBatchCover {
        LetterText.requireText(unionName, "unionName");
        LetterText.requireText(unitCode, "unitCode");
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("a print batch of unit " + unitCode + " without letters");
        }
        letters = List.copyOf(letters);
    }
}
