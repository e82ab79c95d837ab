package org.huzhu.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.huzhu.domain.model.shared.Sha256;

/**
 * Signs a letter with PAdES baseline B-B, or B-T when a time-stamp authority is configured:
 * an incremental update that adds one signature covering the whole file, with SubFilter
 * {@code ETSI.CAdES.detached}, the signing time in {@code /M} only (PAdES forbids the CMS
 * signing-time attribute), a signing-certificate-v2 attribute binding the certificate, and
 * the union's seal as the visible appearance at {@link LetterRenderer#STAMP_AREA} on the
 * last page.
 * <p>
 * Thread-safe: it holds only immutable state, and every call works on its own document.
 */
public final class PadesSigner {

    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS object: certificates, signature and a time-stamp token with its own certificates. */
    private static final int RESERVED_SIGNATURE_BYTES = 16 * 1024;

    private final SigningCredentials credentials;
    private final Optional<TimeStampAuthorityClient> timeStampAuthority;
    private final Clock clock;
    private final SignatureStamp stamp;
    private final Attribute signingCertificateV2;
    private final JcaCertStore certificates;
    private final String signatureAlgorithm;

    public PadesSigner(SigningCredentials credentials, String unionName,
                       Optional<TimeStampAuthorityClient> timeStampAuthority, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.timeStampAuthority = Objects.requireNonNull(timeStampAuthority, "timeStampAuthority");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stamp = new SignatureStamp(Objects.requireNonNull(unionName, "unionName"));
        this.signingCertificateV2 = signingCertificateV2(credentials.signingCertificate());
        this.signatureAlgorithm = switch (credentials.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException(
                    "unsupported signing key algorithm " + credentials.privateKey().getAlgorithm());
        };
        try {
            this.certificates = new JcaCertStore(credentials.chain());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable certificate chain", e);
        }
    }

    /** Signs with B-B and the time of the given clock. */
    public PadesSigner(SigningCredentials credentials, String unionName, Clock clock) {
        this(credentials, unionName, Optional.empty(), clock);
    }

    public byte[] sign(byte[] unsignedPdf) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(unsignedPdf.length + 4 * RESERVED_SIGNATURE_BYTES);
        try (PDDocument document = Loader.loadPDF(unsignedPdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = signatureDictionary();
            options.setPreferredSignatureSize(RESERVED_SIGNATURE_BYTES);
            options.setPage(document.getNumberOfPages() - 1);
            document.addSignature(signature, options);
            showStamp(document, signature);
            ExternalSigningSupport externalSigning = document.saveIncrementalForExternalSigning(signed);
            externalSigning.setSignature(cms(externalSigning.getContent().readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the letter", e);
        }
        return signed.toByteArray();
    }

    private PDSignature signatureDictionary() {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(ETSI_CADES_DETACHED);
        signature.setName(credentials.signingCertificate().getSubjectX500Principal().getName());
        signature.setReason("电子签章");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        now.setTimeInMillis(clock.millis());
        signature.setSignDate(now);
        return signature;
    }

    /**
     * PDFBox adds the signature field with an empty, zero-size widget; giving that widget a
     * place and the seal's appearance afterwards avoids building a template document per letter.
     */
    private void showStamp(PDDocument document, PDSignature signature) throws IOException {
        PDSignatureField field = null;
        for (PDField candidate : document.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
            if (candidate instanceof PDSignatureField signatureField && signatureField.getSignature() != null
                    && signatureField.getSignature().getCOSObject() == signature.getCOSObject()) {
                field = signatureField;
            }
        }
        if (field == null) {
            throw new IllegalStateException("PDFBox did not add the signature field");
        }
        PageArea area = LetterRenderer.STAMP_AREA;
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(area.x(), area.y(), area.width(), area.height()));
        widget.setAppearance(stamp.appearanceIn(document));
        field.setPartialName("HuzhuSeal");
    }

    /** The detached CAdES signature over the byte ranges, time-stamped when an authority is configured. */
    private byte[] cms(byte[] signedBytes) {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(signatureAlgorithm).build(credentials.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(this::padesSignedAttributes)
                            .build(contentSigner, credentials.signingCertificate()));
            generator.addCertificates(certificates);
            CMSSignedData signedData = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            if (timeStampAuthority.isPresent()) {
                signedData = withSignatureTimeStamp(signedData, timeStampAuthority.get());
            }
            byte[] encoded = signedData.toASN1Structure().getEncoded(ASN1Encoding.DER);
            if (encoded.length > RESERVED_SIGNATURE_BYTES) {
                throw new IllegalStateException("signature of " + encoded.length + " bytes exceeds the "
                        + RESERVED_SIGNATURE_BYTES + " reserved");
            }
            return encoded;
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the CMS signature", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Content type and message digest as CMS requires, signing-certificate-v2, and deliberately no signing time. */
    private AttributeTable padesSignedAttributes(Map<?, ?> parameters) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType,
                new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
        attributes.add(new Attribute(CMSAttributes.messageDigest,
                new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
        attributes.add(signingCertificateV2);
        return new AttributeTable(attributes);
    }

    private static CMSSignedData withSignatureTimeStamp(CMSSignedData signedData, TimeStampAuthorityClient authority)
            throws IOException {
        SignerInformation signer = signedData.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = authority.timeStamp(signer.getSignature());
        Attribute timeStamp = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure()));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(timeStamp));
        return CMSSignedData.replaceSigners(signedData, new SignerInformationStore(stamped));
    }

    private static Attribute signingCertificateV2(X509Certificate certificate) {
        try {
            byte[] hash = Sha256.digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot hash the signing certificate", e);
        }
    }
}
