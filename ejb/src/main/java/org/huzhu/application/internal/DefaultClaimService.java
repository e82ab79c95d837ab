package org.huzhu.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.huzhu.application.ClaimService;
import org.huzhu.application.Conflict;
import org.huzhu.application.NotFound;
import org.huzhu.application.UnsupportedScan;
import org.huzhu.domain.model.audit.AuditEntry;
import org.huzhu.domain.model.audit.AuditTrail;
import org.huzhu.domain.model.claim.Claim;
import org.huzhu.domain.model.claim.ClaimDocument;
import org.huzhu.domain.model.claim.ClaimDraft;
import org.huzhu.domain.model.claim.ClaimRepository;
import org.huzhu.domain.model.claim.ClaimStateException;
import org.huzhu.domain.model.claim.ClaimStatus;
import org.huzhu.domain.model.claim.ClaimTransition;
import org.huzhu.domain.model.claim.ClaimTransitions;
import org.huzhu.domain.model.claim.ClaimVersion;
import org.huzhu.domain.model.claim.FourEyesException;
import org.huzhu.domain.model.claim.ScanType;
import org.huzhu.domain.model.notice.MemberNotices;
import org.huzhu.domain.model.notice.Outbox;
import org.huzhu.domain.model.notice.Recipients;
import org.huzhu.domain.model.plan.DocumentCode;
import org.huzhu.domain.model.shared.BusinessDate;
import org.huzhu.domain.model.shared.Sha256;

@Stateless
public class DefaultClaimService implements ClaimService {

    private static final Logger LOG = Logger.getLogger(DefaultClaimService.class.getName());
    private static final String INVOICE_IN_USE_INDEX = "claim_invoice_number_in_use_idx";

    @Inject
    private ClaimRepository claims;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ClaimTransitions transitions;

    @Inject
    private Recipients recipients;

    @Inject
    private Outbox outbox;

    @EJB
    private ClaimRecorder recorder;

    @Override
    public IntakeResult submit(ClaimDraft draft, String clerk) {
        String claimNo = claims.nextClaimNumber(BusinessDate.today().getYear()).value();
        return recordedOnceMore(() -> recorder.recordNew(claimNo, draft, clerk));
    }

    @Override
    public IntakeResult correct(String claimNo, ClaimDraft draft, String clerk) {
        return recordedOnceMore(() -> recorder.recordCorrection(claimNo, draft, clerk));
    }

    /**
     * Two clerks may submit the same invoice at the same instant: both see it unused, and the
     * database's unique index on invoice numbers in use lets only one commit. The other is
     * recorded again, and now its rules see the invoice in use (V08): stored, and REJECTED.
     */
    private IntakeResult recordedOnceMore(Supplier<IntakeResult> recording) {
        try {
            return recording.get();
        } catch (RuntimeException e) {
            if (!violates(e, INVOICE_IN_USE_INDEX)) {
                throw e;
            }
            LOG.info("an invoice number was taken by a concurrent claim; validating again");
            return recording.get();
        }
    }

    @Override
    public void approve(String claimNo, String reason, String reviewer) {
        review(claimNo, reason, reviewer, true);
    }

    @Override
    public void decline(String claimNo, String reason, String reviewer) {
        review(claimNo, reason, reviewer, false);
    }

    private void review(String claimNo, String reason, String reviewer, boolean approve) {
        Claim claim = claim(claimNo);
        ClaimStatus before = claim.status();
        try {
            if (approve) {
                claim.approve(reviewer, claims.contributors(claim), BusinessDate.today());
            } else {
                claim.decline(reviewer, claims.contributors(claim));
            }
            transitions.recordMade(new ClaimTransition(claim.id(), claimNo, before, claim.status(),
                    approve ? "APPROVE" : "DECLINE", reviewer, reason));
            claims.storeChanges(claim);
            if (!approve && claim.memberId() != null) {
                recipients.phoneOfMember(claim.memberId()).ifPresent(phone ->
                        outbox.post(MemberNotices.claimDeclined(phone, claimNo, reason)));
            }
        } catch (ClaimStateException | FourEyesException e) {
            throw new Conflict(e);
        } catch (OptimisticLockException e) {
            throw new Conflict("concurrent-change", "该理赔刚被他人处理，请刷新后重试", "the claim was changed meanwhile; reload it");
        }
    }

    @Override
    public Optional<ClaimDetail> find(String claimNo, Viewer viewer) {
        return visibleClaim(claimNo, viewer).map(claim -> {
            List<ClaimVersion> versions = claims.versions(claim);
            ClaimVersion current = versions.get(versions.size() - 1);
            List<HistoryEntry> history = auditTrail.of(Claim.AUDIT_ENTITY, claimNo).stream()
                    .map(a -> new HistoryEntry(a.at(), a.actor(), a.action(), a.fromStatus(), a.toStatus(), a.reason()))
                    .toList();
            List<DocumentView> documents = claims.documents(claim).stream().map(DefaultClaimService::view).toList();
            return new ClaimDetail(claim.claimNo(), claim.memberNo(), claims.memberName(claim).orElse(null),
                    claim.planCode().name(), claim.status(), claim.currentVersion(), current.bodyJson(),
                    current.violations(),
                    versions.stream().map(v -> new VersionView(v.version(), v.submittedAt(), v.submittedBy(), v.violations())).toList(),
                    history, documents, claim.dueDate(), claim.isOverdue(BusinessDate.today()), claim.enteredBy());
        });
    }

    @Override
    public List<ClaimSummary> search(String query, ClaimStatus status, boolean overdueOnly, int limit) {
        LocalDate today = BusinessDate.today();
        String text = query == null ? "" : query.strip();
        return claims.search(text, status, overdueOnly, today, limit).stream().map(found -> {
            Claim claim = found.claim();
            return new ClaimSummary(claim.claimNo(), claim.memberNo(), found.memberName(), claim.planCode().name(),
                    claim.status(), claim.submittedAt(), claim.dueDate(), claim.isOverdue(today));
        }).toList();
    }

    @Override
    public DocumentView attach(String claimNo, DocumentCode code, String fileName, byte[] content, String clerk) {
        Claim claim = claim(claimNo);
        ScanType type = ScanType.recognise(content).orElseThrow(UnsupportedScan::new);
        ClaimDocument document = new ClaimDocument(claim, code, fileName, type, content, Sha256.hex(content), clerk, Instant.now());
        claims.attach(document);
        auditTrail.record(new AuditEntry(Instant.now(), clerk, Claim.AUDIT_ENTITY, claimNo, "ATTACH", null, null,
                code + " " + document.sha256()));
        return view(document);
    }

    @Override
    public Optional<DocumentFile> document(String claimNo, long documentId, Viewer viewer) {
        return visibleClaim(claimNo, viewer)
                .flatMap(claim -> claims.document(documentId).filter(document -> document.claimId().equals(claim.id())))
                .map(document -> new DocumentFile(document.fileName(), document.contentType(), document.content()));
    }

    private Optional<Claim> visibleClaim(String claimNo, Viewer viewer) {
        return claims.find(claimNo).filter(claim -> !viewer.member() || claim.memberNo().equals(viewer.username()));
    }

    private Claim claim(String claimNo) {
        return visibleClaim(claimNo, new Viewer("staff", false))
                .orElseThrow(() -> new NotFound("理赔 " + claimNo + " 不存在", "no claim " + claimNo));
    }

    private static DocumentView view(ClaimDocument document) {
        return new DocumentView(document.id(), document.code(), document.fileName(), document.contentType(),
                document.size(), document.sha256());
    }

    /** Whether a failure was the database refusing a row because of the named constraint. */
    static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
