package org.huzhu.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.shared.Violation;

/** Claim intake and review (SPEC.md §4, §5): every claim is stored, rejected ones too. */
public interface ClaimService {

    /** What intake answers: the claim number, where the claim stands, every rule it failed, its due date. */
    record IntakeResult(String claimNo, ClaimStatus status, List<Violation> violations, LocalDate dueDate) {
    }

    record ClaimSummary(String claimNo, String memberNo, String memberName, String planCode, ClaimStatus status,
                        Instant submittedAt, LocalDate dueDate, boolean overdue) {
    }

    record VersionView(int version, Instant submittedAt, String submittedBy, List<Violation> violations) {
    }

    record HistoryEntry(Instant at, String actor, String action, String from, String to, String reason) {
    }

    record DocumentView(long id, String code, String fileName, String contentType, int size, String sha256) {
    }

    record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    record ClaimDetail(String claimNo, String memberNo, String memberName, String planCode, ClaimStatus status,
                       int version, String bodyJson, List<Violation> violations, List<VersionView> versions,
                       List<HistoryEntry> history, List<DocumentView> documents, LocalDate dueDate, boolean overdue,
                       String enteredBy) {
    }

    /** Who asks: staff see every claim, a member only their own. */
    record Viewer(String username, boolean member) {
    }

    IntakeResult submit(ClaimDraft draft, String clerk);

    /** A corrected version of a REJECTED claim, validated again. */
    IntakeResult correct(String claimNo, ClaimDraft draft, String clerk);

    void approve(String claimNo, String reason, String reviewer);

    void decline(String claimNo, String reason, String reviewer);

    Optional<ClaimDetail> find(String claimNo, Viewer viewer);

    List<ClaimSummary> search(String query, ClaimStatus status, boolean overdueOnly, int limit);

    DocumentView attach(String claimNo, DocumentCode code, String fileName, byte[] content, String clerk);

    Optional<DocumentFile> document(String claimNo, long documentId, Viewer viewer);
}
