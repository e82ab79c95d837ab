package org.huzhu.interfaces.intake.rest;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.application.ClaimService.DocumentView;
import org.huzhu.application.ClaimService.HistoryEntry;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.interfaces.rest.ViolationView;

/** The answers of the claims resources, as JSON-B writes them: a null field is left out. */
public final class ClaimAnswers {

    private ClaimAnswers() {
    }

    /** What intake made of a submission or a correction. */
    public record Recorded(String claimNo, ClaimStatus status, List<ViolationView> violations, LocalDate dueDate) {
    }

    /** Where a review left the claim. */
    public record Reviewed(String claimNo, ClaimStatus status) {
    }

    /** A claim of a search. */
    public record Listed(String claimNo, String memberNo, String memberName, String planCode, ClaimStatus status,
                  String statusLabel, Instant submittedAt, LocalDate dueDate, boolean overdue) {
    }

    public record Found(List<Listed> items, int total) {
    }

    public record Version(int version, Instant submittedAt, String submittedBy, List<ViolationView> violations) {
    }

    /** @param lines the payout's breakdown, line by line */
    public record Payout(String payable, List<String> lines) {
    }

    /**
     * One claim with its versions, history and documents, and its payout and letter once it has them.
     *
     * @param claim the current version as the clerk entered it
     */
    public record Detail(String claimNo, String memberNo, String memberName, String planCode, ClaimStatus status,
                  String statusLabel, int version, JsonObject claim, List<ViolationView> violations,
                  List<Version> versions, List<HistoryEntry> history, List<DocumentView> documents, LocalDate dueDate,
                  boolean overdue, String enteredBy, Payout payout, String letterNo) {
    }

    /** A scan attached to a claim. */
    public record Attached(long id, String sha256, String contentType) {
    }
}
