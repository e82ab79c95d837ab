package org.huzhu.interfaces.intake.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.huzhu.domain.model.claim.Cause;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.Complexity;
import org.huzhu.domain.model.claim.Invoice;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCode;
import org.huzhu.interfaces.rest.JsonInput;

/**
 * The claim body of {@code POST /claims} and {@code PUT /claims/{claimNo}} (SPEC.md §11) read into a
 * {@link ClaimDraft}. Only the form is checked here (types, real dates, amounts); whether the
 * claim meets the plan's rules is the rule set's business, and a claim that fails them is stored.
 */
final class ClaimRequest {

    private static final String HOSPITAL_OR_INVOICE_NUMBER = "[^<>]{1,64}";

    private ClaimRequest() {
    }

    static ClaimDraft read(JsonInput input) {
        String memberNo = input.requiredText("memberNo", "[A-Za-z0-9]{1,16}");
        PlanCode plan = input.requiredEnum("planCode", PlanCode.class);
        Cause cause = input.requiredEnum("cause", Cause.class);
        var incidentDate = input.requiredDate("incidentDate");
        var admissionDate = input.optionalDate("admissionDate").orElse(null);
        var dischargeDate = input.optionalDate("dischargeDate").orElse(null);
        String hospital = input.optionalText("hospital", "[^<>]{1,200}").orElse(null);
        String diagnosis = input.optionalText("diagnosisCode", "[A-Za-z][0-9A-Za-z.]{1,9}").orElse(null);
        AccidentOutcome outcome = input.optionalEnum("accidentOutcome", AccidentOutcome.class).orElse(null);
        Integer grade = input.optionalInt("disabilityGrade", 1, 10).orElse(null);
        List<Invoice> invoices = input.objectList("invoices").stream().map(ClaimRequest::invoice).toList();
        Set<DocumentCode> documents = EnumSet.noneOf(DocumentCode.class);
        for (String code : input.optionalTextList("documents")) {
            DocumentCode document = input.enumValue("documents", code, DocumentCode.class);
            if (document != null) {
                documents.add(document);
            }
        }
        Complexity complexity = input.requiredEnum("complexity", Complexity.class);
        input.throwIfInvalid();
        return new ClaimDraft(memberNo, plan, cause, incidentDate, admissionDate, dischargeDate, hospital, diagnosis,
                outcome, grade, invoices, documents, complexity);
    }

    private static Invoice invoice(JsonInput item) {
        String number = item.requiredText("number", HOSPITAL_OR_INVOICE_NUMBER);
        var total = item.requiredMoney("total");
        var fundPaid = item.requiredMoney("fundPaid");
        var policySelfPaid = item.requiredMoney("policySelfPaid");
        var outOfPolicy = item.requiredMoney("outOfPolicy");
        boolean complete = number != null && total != null && fundPaid != null && policySelfPaid != null && outOfPolicy != null;
        return complete ? new Invoice(number, total, fundPaid, policySelfPaid, outOfPolicy) : null;
    }
}
