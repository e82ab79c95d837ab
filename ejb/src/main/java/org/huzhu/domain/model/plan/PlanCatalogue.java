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

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.huzhu.domain.model.shared.Money;

/** The terms of each plan for one plan year. */
public final class PlanCatalogue {

    private static final AgeRange WORKING_AGE = new AgeRange(16, 60);
    private static final RequiredDocuments HOSPITAL_DOCUMENTS =
            RequiredDocuments.always(ID_COPY, INVOICE, EXPENSE_LIST, DISCHARGE_SUMMARY);
    private static final RequiredDocuments DIAGNOSIS_DOCUMENTS =
            RequiredDocuments.always(ID_COPY, DIAGNOSIS_CERT, PATHOLOGY_REPORT);
    private static final RequiredDocuments ACCIDENT_DOCUMENTS = RequiredDocuments.always(ID_COPY, ACCIDENT_CERT)
            .plus(AccidentOutcome.DEATH, DEATH_CERT, HOUSEHOLD_CANCELLATION)
            .plus(AccidentOutcome.DISABILITY, DISABILITY_ASSESSMENT)
            .plus(AccidentOutcome.MEDICAL, INVOICE);
    private static final DiagnosisCoverage CRITICAL_DIAGNOSES = DiagnosisCoverage.of(DiagnosisCategory.CRITICAL_ILLNESS,
            "C00–C43, C45–C97, I21, I60–I63, N18.5, Z94.0–Z94.4, G12.2");
    private static final DiagnosisCoverage FEMALE_DIAGNOSES = DiagnosisCoverage.of(DiagnosisCategory.LISTED_CANCER, "C50–C58")
            .and(DiagnosisCoverage.of(DiagnosisCategory.CARCINOMA_IN_SITU, "D05, D06, D07.0–D07.3"));

    private final Map<PlanCode, PlanTerms> terms;

    private PlanCatalogue(Map<PlanCode, PlanTerms> terms) {
        this.terms = terms;
    }

    /** One version of each plan; a plan may appear at most once. */
    public static PlanCatalogue of(Collection<PlanTerms> versions) {
        Map<PlanCode, PlanTerms> byPlan = new EnumMap<>(PlanCode.class);
        for (PlanTerms version : versions) {
            if (byPlan.put(version.plan(), version) != null) {
                throw new IllegalArgumentException("two versions of " + version.plan() + " in one catalogue");
            }
        }
        return new PlanCatalogue(byPlan);
    }

    /** The catalogue of SPEC.md §3 and §5, seeded on first start. */
    public static PlanCatalogue defaults() {
        return of(List.of(
                new PlanTerms(PlanCode.INPATIENT, Money.yuan(30), 3, WORKING_AGE, false, 90,
                        new ClaimWindow(365, ClaimWindow.Start.DISCHARGE), HOSPITAL_DOCUMENTS,
                        DiagnosisCoverage.unrestricted()),
                new PlanTerms(PlanCode.ALLOWANCE, Money.yuan(60), 3, WORKING_AGE, false, 90,
                        new ClaimWindow(365, ClaimWindow.Start.DISCHARGE), HOSPITAL_DOCUMENTS,
                        DiagnosisCoverage.unrestricted()),
                new PlanTerms(PlanCode.CRITICAL, Money.yuan(50), 3, WORKING_AGE, false, 90,
                        new ClaimWindow(730, ClaimWindow.Start.DIAGNOSIS), DIAGNOSIS_DOCUMENTS, CRITICAL_DIAGNOSES),
                new PlanTerms(PlanCode.FEMALE, Money.yuan(18), 3, WORKING_AGE, true, 30,
                        new ClaimWindow(730, ClaimWindow.Start.DIAGNOSIS), DIAGNOSIS_DOCUMENTS, FEMALE_DIAGNOSES),
                new PlanTerms(PlanCode.ACCIDENT, Money.yuan(20), 5, WORKING_AGE, false, 0,
                        new ClaimWindow(365, ClaimWindow.Start.ACCIDENT), ACCIDENT_DOCUMENTS,
                        DiagnosisCoverage.unrestricted())));
    }

    /** @throws IllegalArgumentException when the catalogue has no version of that plan */
    public PlanTerms terms(PlanCode plan) {
        PlanTerms found = terms.get(plan);
        if (found == null) {
            throw new IllegalArgumentException("no terms for " + plan + " in this catalogue");
        }
        return found;
    }

    public List<PlanTerms> all() {
        return List.copyOf(terms.values());
    }
}
