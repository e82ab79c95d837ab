package org.huzhu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent Debian tools the letters are checked with. A missing tool fails the
 * test: a letter check that silently does not run would prove nothing.
 */
final class ExternalTool {

    private static final String INSTALL_HINT =
            "install the PDF and NSS tools first: apt-get install -y poppler-utils qpdf libnss3-tools";

    private ExternalTool() {
    }

    record Result(int exitCode, String output) {
    }

    /** Runs a command and returns its exit code with stdout and stderr together. */
    static Result run(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("cannot run " + command[0] + " (" + e.getMessage() + "); " + INSTALL_HINT);
        }
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(command[0] + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            return fail("running " + command[0] + " failed: " + e);
        }
    }

    /** Runs a command that must succeed and returns its output. */
    static String runSuccessfully(String... command) {
        Result result = run(command);
        if (result.exitCode() != 0) {
            fail(String.join(" ", command) + " exited with " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }
}
