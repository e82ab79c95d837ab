package org.huzhu.domain.model.claim;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.huzhu.domain.model.plan.DocumentCode;

/** A scan attached to a claim: PDF, JPEG or PNG as recognised from its content, with its SHA-256. */
@Entity
@Table(name = "claim_document")
public class ClaimDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ClaimDocument() {
    }

    public ClaimDocument(Claim claim, DocumentCode code, String fileName, ScanType type, byte[] content,
                         String sha256, String uploadedBy, Instant at) {
        this.claimId = claim.id();
        this.code = code.name();
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.size = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long claimId() {
        return claimId;
    }

    public String code() {
        return code;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }
}
