package org.huzhu.domain.model.letter;

/**
 * The letters of one settlement or grant run that go to one unit, to print and hand out there: the unit's members'
 * current letters of the run, the unit being the member's unit at the time of printing.
 *
 * @param letters how many
 */
public record PrintBatch(String unitCode, String unitName, int letters) {
}
