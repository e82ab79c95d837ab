package org.huzhu.domain.model.claim;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Everyone who put something into a claim: who submitted or corrected any of its versions ({@link ClaimVersion}) and
 * who attached any of its documents ({@link ClaimDocument}). None of them may approve or decline it (SPEC.md §1, §4):
 * a reviewer must see a claim that someone else made, version by version and scan by scan.
 */
public record ClaimContributors(Set<String> names) {

    public ClaimContributors {
        names = Set.copyOf(names);
    }

    public static ClaimContributors of(Collection<String> versionSubmitters, Collection<String> documentUploaders) {
        Set<String> all = new HashSet<>(versionSubmitters);
        all.addAll(documentUploaders);
        return new ClaimContributors(all);
    }

    public boolean includes(String user) {
        return names.contains(user);
    }
}
