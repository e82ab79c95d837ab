package org.huzhu.domain.model.grant;

import org.huzhu.domain.model.shared.Money;

/** A grant or condolence as a run stored it; {@code burden} is B when it was decided. */
public record StoredGrant(String grantNo, String memberNo, GrantKind kind, Money burden, Money amount) {
}
