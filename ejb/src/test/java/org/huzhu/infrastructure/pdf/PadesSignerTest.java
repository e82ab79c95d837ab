package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.huzhu.domain.model.letter.SampleLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSignerTest {

    @TempDir
    Path directory;

    @Test
    void pdfsigFindsTheWholeDocumentSignedValidlyByATrustedCertificate() {
        String report = SignedLetters.pdfsigTrustingDevelopmentCa(directory, SignedLetters.signedSettlementLetter());

        assertTrue(report.contains("Signature Type: ETSI.CAdES.detached"), report);
        assertTrue(report.contains("Total document signed"), report);
        assertTrue(report.contains("Signature is Valid"), report);
        assertTrue(report.contains("Certificate is Trusted"), report);
    }

    @Test
    void qpdfFindsNoStructuralError() throws IOException {
        Path file = Files.write(directory.resolve("signed.pdf"), SignedLetters.signedSettlementLetter());
        String report = ExternalTool.runSuccessfully("qpdf", "--check", file.toString());
        assertTrue(report.contains("No syntax or stream encoding errors"), report);
    }

    @Test
    void theChineseTextIsStillExtractableAfterSigning() throws IOException {
        Path file = Files.write(directory.resolve("signed.pdf"), SignedLetters.signedSettlementLetter());
        String text = ExternalTool.runSuccessfully("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        assertTrue(text.contains(SampleLetters.MEMBER_NAME), text);
        assertTrue(text.contains("人民币贰万元整"), text);
    }

    @Test
    void isAnIncrementalUpdateOfTheRenderedLetter() {
        byte[] unsigned = SignedLetters.unsignedSettlementLetter();
        byte[] signed = SignedLetters.developmentSigner().sign(unsigned);
        assertArrayEquals(unsigned, Arrays.copyOf(signed, unsigned.length));
    }

    @Test
    void followsPadesBaselineB() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = SignedLetters.signedSettlementLetter();
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            Instant signedAt = signature.getSignDate().toInstant();
            assertTrue(!signedAt.isBefore(before) && !signedAt.isAfter(Instant.now()), "/M is the signing time");
            int[] byteRange = signature.getByteRange();
            assertEquals(signed.length, byteRange[2] + byteRange[3], "the signature covers the whole file");

            SignerInformation signer = signerOf(signature.getContents(signed), signature.getSignedContent(signed));
            AttributeTable attributes = signer.getSignedAttributes();
            assertNull(attributes.get(CMSAttributes.signingTime), "PAdES puts the signing time in /M only");
            assertNotNull(attributes.get(CMSAttributes.contentType));
            assertNotNull(attributes.get(CMSAttributes.messageDigest));
            SigningCertificateV2 signingCertificate = SigningCertificateV2.getInstance(
                    attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
            byte[] certificateHash = MessageDigest.getInstance("SHA-256")
                    .digest(DevelopmentKeys.credentials().signingCertificate().getEncoded());
            assertArrayEquals(certificateHash, signingCertificate.getCerts()[0].getCertHash());
            assertNull(signer.getUnsignedAttributes(), "B-B carries no time stamp");
        }
    }

    @Test
    void showsTheRedSealOverTheIssuer() throws IOException {
        assertEquals(0, redPixelsInStampArea(SignedLetters.unsignedSettlementLetter()),
                "the rendered letter leaves the stamp area to the signature");
        assertTrue(redPixelsInStampArea(SignedLetters.signedSettlementLetter()) > 1_000,
                "the signed letter shows the seal");
    }

    @Test
    void signsManyLettersAtOnce() throws Exception {
        byte[] unsigned = SignedLetters.unsignedSettlementLetter();
        LetterVerifier verifier = new LetterVerifier(List.of(DevelopmentKeys.caCertificate()));
        List<byte[]> signed;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<byte[]>> futures = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> SignedLetters.developmentSigner().sign(unsigned)))
                    .toList();
            signed = futures.stream().map(PadesSignerTest::await).toList();
        }
        for (byte[] letter : signed) {
            assertEquals(LetterVerification.Finding.VALID, verifier.verify(letter).finding());
        }
    }

    @Test
    void theDevelopmentKeyScriptLeavesExistingKeysAlone() throws IOException {
        Path keyStore = DevelopmentKeys.directory().resolve("signing.p12");
        byte[] before = Files.readAllBytes(keyStore);

        String output = DevelopmentKeys.runScript(DevelopmentKeys.directory());

        assertTrue(output.contains("nothing to do"), output);
        assertArrayEquals(before, Files.readAllBytes(keyStore));
    }

    @Test
    void theDevelopmentKeysAreACaAndASigningCertificateItIssued() {
        var ca = DevelopmentKeys.caCertificate();
        var signing = DevelopmentKeys.credentials().signingCertificate();

        assertTrue(ca.getSubjectX500Principal().getName().contains("NOT FOR PRODUCTION"));
        assertTrue(ca.getBasicConstraints() >= 0, "CA:true");
        assertTrue(ca.getKeyUsage()[5], "keyCertSign");
        assertEquals(-1, signing.getBasicConstraints(), "CA:false");
        assertTrue(signing.getKeyUsage()[0] && signing.getKeyUsage()[1], "digitalSignature and nonRepudiation");
        assertEquals(ca.getSubjectX500Principal(), signing.getIssuerX500Principal());
        assertEquals(2, DevelopmentKeys.credentials().chain().size());
    }

    static SignerInformation signerOf(byte[] contents, byte[] signedContent) throws Exception {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    ContentInfo.getInstance(in.readObject()));
            return cms.getSignerInfos().getSigners().iterator().next();
        }
    }

    private int redPixelsInStampArea(byte[] pdf) throws IOException {
        Path file = Files.write(directory.resolve("stamp.pdf"), pdf);
        ExternalTool.runSuccessfully("pdftoppm", "-png", "-r", "72", "-singlefile", file.toString(),
                directory.resolve("stamp").toString());
        BufferedImage page = ImageIO.read(directory.resolve("stamp.png").toFile());
        PageArea area = LetterRenderer.STAMP_AREA;
        int top = page.getHeight() - (int) (area.y() + area.height());
        int red = 0;
        for (int y = top; y < top + (int) area.height(); y++) {
            for (int x = (int) area.x(); x < (int) (area.x() + area.width()); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (r > 150 && g < 100 && b < 100) {
                    red++;
                }
            }
        }
        return red;
    }

    private static byte[] await(Future<byte[]> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
