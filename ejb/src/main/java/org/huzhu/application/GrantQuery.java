package org.huzhu.application;

import java.util.List;
import org.huzhu.domain.model.grant.StaffList;

/** The hardship grants of a year and the staff lists of its latest run (SPEC.md §7), as staff read them. */
public interface GrantQuery {

    /**
     * A grant or condolence.
     *
     * @param kind   GRANT or CONDOLENCE
     * @param burden money string: B when it was decided
     * @param amount money string, whole yuan
     */
    record GrantView(String grantNo, String memberNo, String kind, String burden, String amount) {
    }

    /** A member on a staff list, with what put them there. */
    record ListedMember(String memberNo, String name, String unitName, String burden, boolean criticalOrFemale) {
    }

    /** Every grant and condolence of the year, of all its runs, in grant number order. */
    List<GrantView> ofYear(int year);

    /** The list as the year's latest run decided it, in member number order; empty before the first run. */
    List<ListedMember> list(StaffList list, int year);
}
