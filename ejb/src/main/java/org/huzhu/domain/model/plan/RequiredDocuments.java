package org.huzhu.domain.model.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The documents a plan asks for: some for every claim, more for an ACCIDENT claim depending on
 * its outcome. Sets iterate in {@link DocumentCode} order, so messages list them stably.
 */
public record RequiredDocuments(Set<DocumentCode> always, Map<AccidentOutcome, Set<DocumentCode>> byAccidentOutcome) {

    public RequiredDocuments {
        always = orderedCopy(always);
        EnumMap<AccidentOutcome, Set<DocumentCode>> outcomes = new EnumMap<>(AccidentOutcome.class);
        byAccidentOutcome.forEach((outcome, documents) -> outcomes.put(outcome, orderedCopy(documents)));
        byAccidentOutcome = Collections.unmodifiableMap(outcomes);
    }

    public static RequiredDocuments always(DocumentCode... documents) {
        return new RequiredDocuments(Set.of(documents), Map.of());
    }

    /** These documents and {@code extra} for a claim with that outcome. */
    public RequiredDocuments plus(AccidentOutcome outcome, DocumentCode... extra) {
        EnumMap<AccidentOutcome, Set<DocumentCode>> outcomes = new EnumMap<>(AccidentOutcome.class);
        outcomes.putAll(byAccidentOutcome);
        outcomes.put(outcome, Set.of(extra));
        return new RequiredDocuments(always, outcomes);
    }

    /** What a claim needs; {@code outcome} is null for a claim that is not for an accident outcome. */
    public Set<DocumentCode> forClaim(AccidentOutcome outcome) {
        EnumSet<DocumentCode> required = EnumSet.noneOf(DocumentCode.class);
        required.addAll(always);
        if (outcome != null) {
            required.addAll(byAccidentOutcome.getOrDefault(outcome, Set.of()));
        }
        return Collections.unmodifiableSet(required);
    }

    /** The required documents not among those received, in {@link DocumentCode} order. */
    public Set<DocumentCode> missingFrom(Collection<DocumentCode> received, AccidentOutcome outcome) {
        EnumSet<DocumentCode> missing = EnumSet.noneOf(DocumentCode.class);
        missing.addAll(forClaim(outcome));
        missing.removeAll(received);
        return Collections.unmodifiableSet(missing);
    }

    private static Set<DocumentCode> orderedCopy(Collection<DocumentCode> documents) {
        EnumSet<DocumentCode> copy = EnumSet.noneOf(DocumentCode.class);
        copy.addAll(Objects.requireNonNull(documents, "documents"));
        return Collections.unmodifiableSet(copy);
    }
}
