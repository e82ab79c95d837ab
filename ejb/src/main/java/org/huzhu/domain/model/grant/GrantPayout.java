package org.huzhu.domain.model.grant;

/** A grant or condolence under its number, to be paid, with the member's figures it was decided from. */
public record GrantPayout(String grantNo, Grant grant, GrantCandidate decidedFrom) {
}
