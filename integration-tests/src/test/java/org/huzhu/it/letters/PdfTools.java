package org.huzhu.it.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The independent tools a downloaded letter is checked with: poppler (pdfsig, pdftotext,
 * pdftoppm), qpdf, NSS certutil and keytool. A missing tool fails the test rather than skipping
 * the check. Files go to {@code target/letters-it}, where they can be looked at after a run.
 */
public final class PdfTools {

    static final Path WORK = Path.of("target", "letters-it").toAbsolutePath();

    private PdfTools() {
    }

    public static Path save(String name, byte[] content) {
        try {
            Files.createDirectories(WORK);
            return Files.write(WORK.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** pdfsig's report, with only the development CA ({@code huzhu.test.keys}/ca.crt) trusted. */
    public static String pdfsigTrustingDevelopmentCa(Path pdf) {
        return output("pdfsig", "-nssdir", "sql:" + TrustStore.DIRECTORY, pdf.toString());
    }

    /**
     * An NSS database made once per test JVM: each ./huzhu test run makes a new development CA,
     * and target/ outlives the run.
     */
    private static final class TrustStore {
        static final Path DIRECTORY = create();

        private static Path create() {
            try {
                Files.createDirectories(WORK);
                Path nss = Files.createTempDirectory(WORK, "nss");
                run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
                run("certutil", "-A", "-d", "sql:" + nss, "-n", "huzhu-dev-ca", "-t", "C,C,C",
                        "-i", developmentCa().toString());
                return nss;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Path developmentCa() {
        String keys = System.getProperty("huzhu.test.keys");
        if (keys == null) {
            return fail("huzhu.test.keys is not set: run the tests with ./huzhu test");
        }
        return Path.of(keys, "ca.crt");
    }

    /** A command that must succeed; its output. */
    public static String run(String... command) {
        Result result = execute(command);
        assertEquals(0, result.exitCode(), () -> String.join(" ", command) + ":\n" + result.output());
        return result.output();
    }

    /** A command whose exit code says something other than success or failure (pdfsig's does); its output. */
    static String output(String... command) {
        return execute(command).output();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result execute(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(command[0] + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("cannot run " + command[0] + ": " + e.getMessage()
                    + " (apt-get install poppler-utils qpdf libnss3-tools)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + command[0]);
        }
    }
}
