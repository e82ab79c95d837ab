package org.huzhu.infrastructure.pdf;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LetterVerifier} found about a file. The checks run in order and stop at the first
 * that fails, so each answer below also says how far the file got.
 *
 * @param sha256        the file's SHA-256 (lower-case hex), to compare with the stored letters
 * @param signer        the signing certificate's subject, once a signature was found
 * @param signedAt      the signing time the signer claimed in {@code /M}
 * @param timeStampedAt the time of a signature time stamp that matches the signature (B-T)
 */
public record LetterVerification(Finding finding, String sha256, Optional<String> signer,
                                 Optional<Instant> signedAt, Optional<Instant> timeStampedAt) {

    /** The result of the first check that failed, or {@link #VALID}; in the order the checks run. */
    public enum Finding {
        EMPTY_FILE("文件为空。", "The file is empty."),
        NOT_A_PDF("该文件不是 PDF 文件。", "The file is not a PDF."),
        DAMAGED("PDF 文件已损坏或不完整，无法读取。", "The PDF is damaged or incomplete and cannot be read."),
        NOT_SIGNED("该 PDF 文件没有电子签名。", "The PDF carries no signature."),
        NOT_WHOLE_FILE("签名未覆盖整个文件：签署后文件被追加或删减了内容。",
                "The signature does not cover the whole file: content was added or removed after signing."),
        SIGNATURE_BROKEN("签名与文件内容不符：文件在签署后被修改，或签名已损坏。",
                "The signature does not match the content: the file was changed after signing or the signature is damaged."),
        UNTRUSTED_SIGNER("签名证书不是由受信任的工会证书机构签发的。",
                "The signing certificate was not issued by a trusted union certificate authority."),
        VALID("签名有效：文件自签署后未被修改，签署证书受信任。",
                "The signature is valid: the file is unchanged since signing and the signer is trusted.");

        private final String chineseReason;
        private final String englishReason;

        Finding(String chineseReason, String englishReason) {
            this.chineseReason = chineseReason;
            this.englishReason = englishReason;
        }

        public String chineseReason() {
            return chineseReason;
        }

        public String englishReason() {
            return englishReason;
        }
    }

    public LetterVerification {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(timeStampedAt, "timeStampedAt");
    }

    static LetterVerification failed(Finding finding, String sha256) {
        return new LetterVerification(finding, sha256, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isPdf() {
        return passed(Finding.DAMAGED);
    }

    public boolean isSigned() {
        return passed(Finding.NOT_SIGNED);
    }

    public boolean coversWholeFile() {
        return passed(Finding.NOT_WHOLE_FILE);
    }

    public boolean signatureIntact() {
        return passed(Finding.SIGNATURE_BROKEN);
    }

    public boolean certificateTrusted() {
        return passed(Finding.UNTRUSTED_SIGNER);
    }

    public boolean isValid() {
        return finding == Finding.VALID;
    }

    public String chineseReason() {
        return finding.chineseReason();
    }

    public String englishReason() {
        return finding.englishReason();
    }

    private boolean passed(Finding check) {
        return finding.compareTo(check) > 0;
    }
}
