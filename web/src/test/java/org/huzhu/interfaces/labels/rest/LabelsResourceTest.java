package org.huzhu.interfaces.labels.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.Complexity;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCatalogue;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.domain.model.plan.PlanTerms;
import org.junit.jupiter.api.Test;

class LabelsResourceTest {

    private final Labels labels = new LabelsResource().labels();

    @Test
    void claimStatusesAndPlansAreTheDomainsWordsInItsOrder() {
        assertEquals(words(ClaimStatus.values(), ClaimStatus::label), labels.status());
        assertEquals("已受理", labels.status().get("VALIDATED"));
        assertEquals(words(PlanCode.values(), PlanCode::chineseName), labels.plan());
        assertEquals(words(DocumentCode.values(), DocumentCode::label), labels.document());
        assertEquals(List.of("SIMPLE", "COMPLEX", "ESCALATED"), List.copyOf(labels.complexity().keySet()));
        assertEquals("疑难（" + Complexity.ESCALATED.workingDays() + "个工作日）", labels.complexity().get("ESCALATED"));
    }

    @Test
    void requiredDocumentsAreThoseOfThePlanCatalogue() {
        for (PlanTerms terms : PlanCatalogue.defaults().all()) {
            Labels.PlanDocuments documents = labels.requiredDocuments().get(terms.plan().name());
            for (AccidentOutcome outcome : AccidentOutcome.values()) {
                List<String> shown = new java.util.ArrayList<>(documents.always());
                shown.addAll(documents.byAccidentOutcome().getOrDefault(outcome.name(), List.of()));
                assertEquals(terms.requiredDocuments().forClaim(outcome).stream().map(Enum::name).sorted().toList(),
                        shown.stream().sorted().toList(), terms.plan() + " " + outcome);
            }
        }
    }

    @Test
    void rolesAreKeyedAsTheApiNamesThem() {
        assertEquals(List.of("clerk", "reviewer", "finance", "admin", "member"), List.copyOf(labels.role().keySet()));
    }

    private static <E extends Enum<E>> Map<String, String> words(E[] constants, Function<E, String> word) {
        Map<String, String> words = new java.util.LinkedHashMap<>();
        Arrays.stream(constants).forEach(constant -> words.put(constant.name(), word.apply(constant)));
        return words;
    }
}
