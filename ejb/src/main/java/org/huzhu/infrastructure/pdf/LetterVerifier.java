package org.huzhu.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.huzhu.domain.model.shared.Sha256;
import org.huzhu.infrastructure.pdf.LetterVerification.Finding;

/**
 * Checks a file someone presents as a letter: a PDF, signed, not changed since (the signature's
 * byte ranges cover every byte of the file except the signature itself), with a CMS signature
 * that matches those bytes and its signing certificate, issued by a trusted union CA.
 * <p>
 * Never throws for a bad file: whatever arrives, the answer is a {@link LetterVerification}
 * with the reason in Chinese and English. Whether the file is a letter that was issued and is
 * still current is for the caller to answer from the stored SHA-256. Thread-safe.
 */
public final class LetterVerifier {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The header may follow a little junk; readers look this far. */
    private static final int HEADER_SEARCH_LIMIT = 1024;

    /**
     * What PDFBox may hold of decoded streams while it reads a file: a letter needs a few hundred kilobytes,
     * and a compressed stream that inflates past this (a deflate bomb) fails the parse as a damaged file
     * instead of filling the heap.
     */
    static final long MAX_PARSING_MEMORY = 16L * 1024 * 1024;
    /**
     * What all compressed streams of a file may inflate to together: a letter's fonts and images are a few
     * megabytes. PDFBox inflates object and cross-reference streams outside {@link #PARSING_MEMORY}, so a file that
     * passes this is checked before PDFBox sees it ({@link InflationLimit}).
     */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    private static final MemoryUsageSetting PARSING_MEMORY = MemoryUsageSetting.setupMainMemoryOnly(MAX_PARSING_MEMORY);

    private final Set<TrustAnchor> trustedAuthorities;

    public LetterVerifier(Collection<X509Certificate> trustedAuthorities) {
        if (trustedAuthorities.isEmpty()) {
            throw new IllegalArgumentException("a verifier needs at least one trusted certificate authority");
        }
        this.trustedAuthorities = trustedAuthorities.stream()
                .map(certificate -> new TrustAnchor(certificate, null))
                .collect(Collectors.toUnmodifiableSet());
    }

    public LetterVerification verify(byte[] file) {
        String sha256 = Sha256.hex(file);
        if (file.length == 0) {
            return LetterVerification.failed(Finding.EMPTY_FILE, sha256);
        }
        if (!hasPdfHeader(file)) {
            return LetterVerification.failed(Finding.NOT_A_PDF, sha256);
        }
        if (!InflationLimit.holds(file, MAX_INFLATED_BYTES)) {
            return LetterVerification.failed(Finding.DAMAGED, sha256);
        }
        List<int[]> byteRanges;
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(file, "", null, null, PARSING_MEMORY.streamCache)) {
            signatures = document.getSignatureDictionaries();
            byteRanges = signatures.stream().map(PDSignature::getByteRange).toList();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports damage in many ways (objects nested ten thousand deep even overflow its parser's
            // stack, which unwinds harmlessly): for the person at the verify page it is all one answer.
            return LetterVerification.failed(Finding.DAMAGED, sha256);
        }
        if (signatures.isEmpty()) {
            return LetterVerification.failed(Finding.NOT_SIGNED, sha256);
        }
        for (int i = 0; i < signatures.size(); i++) {
            Optional<SignedRegion> region = SignedRegion.of(byteRanges.get(i), file);
            if (region.isPresent()) {
                return verifySignature(signatures.get(i), region.get(), file, sha256);
            }
        }
        return LetterVerification.failed(Finding.NOT_WHOLE_FILE, sha256);
    }

    private LetterVerification verifySignature(PDSignature signature, SignedRegion region, byte[] file, String sha256) {
        SignerInformation signer;
        X509Certificate certificate;
        CMSSignedData signedData;
        try {
            signedData = new CMSSignedData(new CMSProcessableByteArray(region.signedBytes(file)),
                    firstAsn1Object(region.signatureBytes(file)));
            signer = signedData.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder holder = matches.iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))
                    || !namesCertificate(signer, holder)) {
                return LetterVerification.failed(Finding.SIGNATURE_BROKEN, sha256);
            }
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (Exception e) {
            // Malformed hex, ASN.1 or CMS, a missing certificate, a wrong digest: the signature does not hold.
            return LetterVerification.failed(Finding.SIGNATURE_BROKEN, sha256);
        }
        Optional<Instant> signedAt = Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant);
        Finding finding = chainsToTrustedAuthority(certificate, signedData, signedAt.orElse(Instant.now()))
                ? Finding.VALID : Finding.UNTRUSTED_SIGNER;
        return new LetterVerification(finding, sha256,
                Optional.of(certificate.getSubjectX500Principal().getName()), signedAt, timeStamp(signer));
    }

    /**
     * The signature's hex string is padded with zeros to the space reserved for it, and
     * BouncyCastle refuses trailing bytes: read the first ASN.1 object only.
     */
    private static ContentInfo firstAsn1Object(byte[] signature) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(signature))) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** PAdES binds the certificate with signing-certificate-v2; a swapped certificate must not pass. */
    private static boolean namesCertificate(SignerInformation signer, X509CertificateHolder certificate)
            throws IOException, NoSuchAlgorithmException {
        Attribute attribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ESSCertIDv2 certId = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
        String algorithm = certId.getHashAlgorithm().getAlgorithm().getId();
        return MessageDigest.isEqual(certId.getCertHash(),
                MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
    }

    private boolean chainsToTrustedAuthority(X509Certificate certificate, CMSSignedData signedData, Instant at) {
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> supplied = new ArrayList<>();
            for (Object holder : signedData.getCertificates().getMatches(null)) {
                supplied.add(converter.getCertificate((X509CertificateHolder) holder));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustedAuthorities, target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(supplied)));
            // Letters are checked offline, so revocation is a matter for the issued-letters register.
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The time of a signature time stamp whose imprint is the SHA-256 of this signature value. */
    private static Optional<Instant> timeStamp(SignerInformation signer) {
        if (signer.getUnsignedAttributes() == null) {
            return Optional.empty();
        }
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            byte[] expected = Sha256.digest(signer.getSignature());
            return MessageDigest.isEqual(expected, token.getTimeStampInfo().getMessageImprintDigest())
                    ? Optional.of(token.getTimeStampInfo().getGenTime().toInstant())
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static boolean hasPdfHeader(byte[] file) {
        int limit = Math.min(file.length, HEADER_SEARCH_LIMIT) - PDF_HEADER.length;
        for (int start = 0; start <= limit; start++) {
            if (Arrays.equals(file, start, start + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A ByteRange {@code [0 a b c]} that covers the whole file: {@code [0, a)} and {@code [b, b+c)}
     * with {@code b+c} the file's length, and between them exactly the signature's hex string.
     */
    private record SignedRegion(int gapStart, int gapEnd, int end) {

        static Optional<SignedRegion> of(int[] byteRange, byte[] file) {
            if (byteRange == null || byteRange.length != 4 || byteRange[0] != 0) {
                return Optional.empty();
            }
            long gapStart = byteRange[1];
            long gapEnd = byteRange[2];
            long end = gapEnd + byteRange[3];
            boolean wellFormed = gapStart > 0 && gapEnd > gapStart + 2 && byteRange[3] >= 0 && end == file.length
                    && file[(int) gapStart] == '<' && file[(int) gapEnd - 1] == '>';
            return wellFormed ? Optional.of(new SignedRegion((int) gapStart, (int) gapEnd, (int) end)) : Optional.empty();
        }

        byte[] signedBytes(byte[] file) {
            byte[] signed = new byte[gapStart + end - gapEnd];
            System.arraycopy(file, 0, signed, 0, gapStart);
            System.arraycopy(file, gapEnd, signed, gapStart, end - gapEnd);
            return signed;
        }

        byte[] signatureBytes(byte[] file) {
            String hex = new String(file, gapStart + 1, gapEnd - gapStart - 2, StandardCharsets.US_ASCII);
            return HexFormat.of().parseHex(hex);
        }
    }
}
