package org.huzhu.domain.model.grant;

import java.util.List;

import org.huzhu.domain.model.shared.Money;

/**
 * What a grant run decides, every list in member number order.
 *
 * @param followUpVisits          members to visit (回访): every CRITICAL or FEMALE claimant, and a high burden
 * @param hardshipFileCandidates  members to consider for a hardship file: eligible by burden alone, no file
 */
public record GrantRunResult(List<Grant> grants, List<Grant> condolences, List<String> followUpVisits,
        List<String> hardshipFileCandidates) {

    public GrantRunResult {
        grants = List.copyOf(grants);
        condolences = List.copyOf(condolences);
        followUpVisits = List.copyOf(followUpVisits);
        hardshipFileCandidates = List.copyOf(hardshipFileCandidates);
    }

    /** What the grants take of the budget; condolences are outside it. */
    public Money grantTotal() {
        return grants.stream().map(Grant::amount).reduce(Money.ZERO, Money::plus);
    }
}
