package org.huzhu.domain.model.grant;

import org.huzhu.domain.model.shared.Money;

/** A member on a staff list, with what put them there. */
public record StaffListEntry(String memberNo, String name, String unitName, Money burden, boolean criticalOrFemale) {
}
