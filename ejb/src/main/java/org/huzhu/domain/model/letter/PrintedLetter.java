package org.huzhu.domain.model.letter;

import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.domain.model.shared.MaskedName;

/**
 * A letter of a print batch, as its cover lists it: no more of the member than their number and masked name.
 *
 * @param letterId the register's key, by which the batch reads the signed PDF
 */
public record PrintedLetter(long letterId, LetterNumber number, String memberNumber, MaskedName memberName) {
}
