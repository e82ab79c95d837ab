package org.huzhu.domain.model.plan;

import static org.huzhu.domain.model.plan.DocumentCode.ACCIDENT_CERT;
import static org.huzhu.domain.model.plan.DocumentCode.DEATH_CERT;
import static org.huzhu.domain.model.plan.DocumentCode.DIAGNOSIS_CERT;
import static org.huzhu.domain.model.plan.DocumentCode.DISABILITY_ASSESSMENT;
import static org.huzhu.domain.model.plan.DocumentCode.DISCHARGE_SUMMARY;
import static org.huzhu.domain.model.plan.DocumentCode.EXPENSE_LIST;
import static org.huzhu.domain.model.plan.DocumentCode.HOUSEHOLD_CANCELLATION;
import static org.huzhu.domain.model.plan.DocumentCode.ID_COPY;
import static org.huzhu.domain.model.plan.DocumentCode.INVOICE;
import static org.huzhu.domain.model.plan.DocumentCode.PATHOLOGY_REPORT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.huzhu.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class PlanCatalogueTest {

    private final PlanCatalogue catalogue = PlanCatalogue.defaults();

    @Test
    void holdsTheNumbersOfTheDefaultCatalogue() {
        assertAll(
                () -> assertTerms(PlanCode.INPATIENT, 30, 3, 90, 365, ClaimWindow.Start.DISCHARGE),
                () -> assertTerms(PlanCode.ALLOWANCE, 60, 3, 90, 365, ClaimWindow.Start.DISCHARGE),
                () -> assertTerms(PlanCode.CRITICAL, 50, 3, 90, 730, ClaimWindow.Start.DIAGNOSIS),
                () -> assertTerms(PlanCode.FEMALE, 18, 3, 30, 730, ClaimWindow.Start.DIAGNOSIS),
                () -> assertTerms(PlanCode.ACCIDENT, 20, 5, 0, 365, ClaimWindow.Start.ACCIDENT));
    }

    private void assertTerms(PlanCode plan, long contribution, int maxShares, int waitingDays, int windowDays,
                             ClaimWindow.Start windowStart) {
        PlanTerms terms = catalogue.terms(plan);
        assertEquals(plan, terms.plan());
        assertEquals(Money.yuan(contribution), terms.contributionPerShare(), plan + " contribution");
        assertEquals(maxShares, terms.maxShares(), plan + " shares");
        assertEquals(waitingDays, terms.illnessWaitingDays(), plan + " waiting days");
        assertEquals(new ClaimWindow(windowDays, windowStart), terms.claimWindow(), plan + " claim window");
        assertEquals(new AgeRange(16, 60), terms.eligibleAges(), plan + " ages");
        assertEquals(plan == PlanCode.FEMALE, terms.womenOnly(), plan + " women only");
    }

    @Test
    void listsEveryPlanOnce() {
        assertEquals(5, catalogue.all().size());
        PlanTerms inpatient = catalogue.terms(PlanCode.INPATIENT);
        assertThrows(IllegalArgumentException.class, () -> PlanCatalogue.of(List.of(inpatient, inpatient)));
        assertThrows(IllegalArgumentException.class, () -> PlanCatalogue.of(List.of(inpatient)).terms(PlanCode.FEMALE));
    }

    @Test
    void hospitalAndDiagnosisPlansNeedTheirDocumentsWhateverTheOutcome() {
        Set<DocumentCode> hospital = Set.of(ID_COPY, INVOICE, EXPENSE_LIST, DISCHARGE_SUMMARY);
        Set<DocumentCode> diagnosis = Set.of(ID_COPY, DIAGNOSIS_CERT, PATHOLOGY_REPORT);

        assertEquals(hospital, catalogue.terms(PlanCode.INPATIENT).requiredDocuments().forClaim(null));
        assertEquals(hospital, catalogue.terms(PlanCode.ALLOWANCE).requiredDocuments().forClaim(null));
        assertEquals(diagnosis, catalogue.terms(PlanCode.CRITICAL).requiredDocuments().forClaim(null));
        assertEquals(diagnosis, catalogue.terms(PlanCode.FEMALE).requiredDocuments().forClaim(AccidentOutcome.DEATH));
    }

    @Test
    void accidentDocumentsDependOnTheOutcome() {
        RequiredDocuments accident = catalogue.terms(PlanCode.ACCIDENT).requiredDocuments();

        assertEquals(Set.of(ID_COPY, ACCIDENT_CERT), accident.forClaim(null));
        assertEquals(Set.of(ID_COPY, ACCIDENT_CERT, DEATH_CERT, HOUSEHOLD_CANCELLATION),
                accident.forClaim(AccidentOutcome.DEATH));
        assertEquals(Set.of(ID_COPY, ACCIDENT_CERT, DISABILITY_ASSESSMENT), accident.forClaim(AccidentOutcome.DISABILITY));
        assertEquals(Set.of(ID_COPY, ACCIDENT_CERT, INVOICE), accident.forClaim(AccidentOutcome.MEDICAL));
    }

    @Test
    void namesMissingDocumentsInCatalogueOrder() {
        RequiredDocuments accident = catalogue.terms(PlanCode.ACCIDENT).requiredDocuments();

        assertEquals(List.of(ACCIDENT_CERT, DEATH_CERT, HOUSEHOLD_CANCELLATION),
                List.copyOf(accident.missingFrom(Set.of(ID_COPY, INVOICE), AccidentOutcome.DEATH)));
        assertTrue(accident.missingFrom(Set.of(ID_COPY, ACCIDENT_CERT, INVOICE), AccidentOutcome.MEDICAL).isEmpty());
    }

    @Test
    void allowsOneShareUpToTheMaximum() {
        PlanTerms accident = catalogue.terms(PlanCode.ACCIDENT);

        assertFalse(accident.allowsShares(0));
        assertTrue(accident.allowsShares(1));
        assertTrue(accident.allowsShares(5));
        assertFalse(accident.allowsShares(6));
    }

    @Test
    void aClaimWindowOfNDaysEndsOnDayN() {
        assertEquals(LocalDate.of(2027, 3, 1), new ClaimWindow(365, ClaimWindow.Start.DISCHARGE)
                .lastDayAfter(LocalDate.of(2026, 3, 1)));
        assertThrows(IllegalArgumentException.class, () -> new ClaimWindow(-1, ClaimWindow.Start.DISCHARGE));
    }

    @Test
    void ageRangesIncludeBothEnds() {
        AgeRange working = new AgeRange(16, 60);

        assertFalse(working.contains(15));
        assertTrue(working.contains(16));
        assertTrue(working.contains(60));
        assertFalse(working.contains(61));
        assertThrows(IllegalArgumentException.class, () -> new AgeRange(60, 16));
    }

    @Test
    void refusesTermsThatCannotWork() {
        PlanTerms inpatient = catalogue.terms(PlanCode.INPATIENT);

        assertThrows(IllegalArgumentException.class, () -> new PlanTerms(PlanCode.INPATIENT, Money.yuan(30), 0,
                inpatient.eligibleAges(), false, 90, inpatient.claimWindow(), inpatient.requiredDocuments(),
                inpatient.coveredDiagnoses()));
        assertThrows(IllegalArgumentException.class, () -> new PlanTerms(PlanCode.INPATIENT, Money.yuan(-1), 3,
                inpatient.eligibleAges(), false, 90, inpatient.claimWindow(), inpatient.requiredDocuments(),
                inpatient.coveredDiagnoses()));
        assertThrows(IllegalArgumentException.class, () -> new PlanTerms(PlanCode.INPATIENT, Money.yuan(30), 3,
                inpatient.eligibleAges(), false, -1, inpatient.claimWindow(), inpatient.requiredDocuments(),
                inpatient.coveredDiagnoses()));
    }

    @Test
    void theKindOfBenefitFollowsFromThePlan() {
        assertTrue(PlanCode.INPATIENT.needsHospitalStay());
        assertTrue(PlanCode.ALLOWANCE.needsHospitalStay());
        assertFalse(PlanCode.ACCIDENT.needsHospitalStay());
        assertTrue(PlanCode.CRITICAL.paysOncePerEnrolment());
        assertTrue(PlanCode.FEMALE.paysOncePerEnrolment());
        assertFalse(PlanCode.INPATIENT.paysOncePerEnrolment());
        assertTrue(PlanCode.ACCIDENT.coversAccidentsOnly());
        assertFalse(PlanCode.CRITICAL.coversAccidentsOnly());
    }
}
