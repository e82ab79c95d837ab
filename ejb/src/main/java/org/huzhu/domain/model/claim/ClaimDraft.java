package org.huzhu.domain.model.claim;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.huzhu.domain.model.plan.AccidentOutcome;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.plan.PlanCode;

/**
 * A claim as the clerk entered it (the body of {@code POST /claims}), before the rules have
 * looked at it. Optional fields of the body are {@code null} here; missing lists are empty.
 *
 * @param incidentDate the onset of the illness, the date of diagnosis for CRITICAL and FEMALE,
 *                     or the date of the accident
 * @param documents    the checklist of documents received
 */
public record ClaimDraft(
        String memberNo,
        PlanCode planCode,
        Cause cause,
        LocalDate incidentDate,
        LocalDate admissionDate,
        LocalDate dischargeDate,
        String hospital,
        String diagnosisCode,
        AccidentOutcome accidentOutcome,
        Integer disabilityGrade,
        List<Invoice> invoices,
        Set<DocumentCode> documents,
        Complexity complexity) {

    public ClaimDraft {
        Objects.requireNonNull(memberNo, "memberNo");
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(incidentDate, "incidentDate");
        Objects.requireNonNull(complexity, "complexity");
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
        EnumSet<DocumentCode> received = EnumSet.noneOf(DocumentCode.class);
        if (documents != null) {
            received.addAll(documents);
        }
        documents = Collections.unmodifiableSet(received);
    }

    /** The stay, when both dates are given and in order. */
    public Optional<HospitalStay> hospitalStay() {
        if (admissionDate == null || dischargeDate == null || dischargeDate.isBefore(admissionDate)) {
            return Optional.empty();
        }
        return Optional.of(new HospitalStay(admissionDate, dischargeDate));
    }
}
