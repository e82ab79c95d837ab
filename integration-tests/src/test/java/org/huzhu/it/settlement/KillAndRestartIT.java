package org.huzhu.it.settlement;

import static org.huzhu.it.support.Jobs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.huzhu.it.support.ApiClient;
import org.huzhu.it.support.Jobs;
import org.huzhu.it.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC.md §9: a settlement run survives {@code kill -9} of the server. A WildFly of its own (the configured test
 * server's configuration in a server base directory of its own, other ports, the same database) deploys the EAR
 * from its deployments directory, settles 20,000 claims, is killed mid-run with SIGKILL and started again; the
 * dead execution is then FAILED, a restart through the API completes the run, and the payouts and the payment
 * file are exactly those of settling the claims one by one.
 * <p>
 * Not an Arquillian test: Arquillian's server has no Huzhu deployed between test classes, so the two never run
 * settlement side by side.
 */
class KillAndRestartIT {

    /** The ports a standalone-full server listens on, before the offset. */
    private static final int[] SERVER_PORTS = {8080, 8443, 8009, 9990, 9993, 4712, 4713, 3528, 3529};
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path baseDir = Path.of("target", "kill-test-server").toAbsolutePath();
    private Process server;

    @Test
    void aRunKilledWithSigkillIsMarkedFailedAtStartAndItsRestartPaysEveryClaimOnce() throws Exception {
        prepareServerBaseDir();
        int portOffset = freePortOffset();
        URL base = URI.create("http://localhost:" + (8080 + portOffset) + "/huzhu/").toURL();
        startServer(base, portOffset);
        ApiClient api = ApiClient.anonymous(base);
        ApiClient finance = api.as(TestUsers.create(api, "finance"));
        Jobs jobs = new Jobs(finance, Jobs.SETTLEMENT);
        try (SettlementFixtures fixtures = new SettlementFixtures()) {
            jobs.run("{}");  // settles what other tests left APPROVED
            List<String> claims = fixtures.manyInpatientClaims(1000, 20);

            long killed;
            try (AutoCloseable held = fixtures.holdFirstClaim(claims)) {
                // One partition waits for the held claim, with its first chunk in flight; the others settle on.
                killed = jobs.start("{}");
                long settled = awaitSettledClaims(fixtures, claims, 2_000);
                killServerWithSigkill();
                assertTrue(settled < claims.size(), "killed mid-run, after " + settled + " claims");
            }
            assertEquals("STARTED", fixtures.text("SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?",
                    killed), "a dead server leaves its execution STARTED in the job repository");

            startServer(base, portOffset);
            JsonObject dead = jobs.execution(killed);
            assertEquals("FAILED", dead.getString("status"), dead::toString);

            ApiClient.Answer restart = finance.post("jobs/executions/" + killed + "/restart", null);
            assertEquals(202, restart.status(), restart::toString);
            JsonObject restarted = jobs.stopInLetters(restart.json().getJsonNumber("executionId").longValue());
            long settledBeforeKill = fixtures.count(
                    "SELECT count(*) FROM payout WHERE job_execution_id = ?", killed);
            assertEquals(claims.size() - settledBeforeKill, metric(restarted, "settle", "writeCount"),
                    "the restart settled exactly the claims the dead run had not committed");

            Map<String, String> expected = SettlementChecks.settledOneByOne(fixtures, claims);
            assertEquals(expected, SettlementChecks.payouts(fixtures, claims));
            JsonObject file = restarted.getJsonArray("paymentFiles").getJsonObject(0);
            byte[] bytes = finance.get("payment-files/" + file.getJsonNumber("id").longValue()).body();
            assertEquals(SettlementChecks.expectedPaymentFile(fixtures, expected), new String(bytes, StandardCharsets.UTF_8));
            assertEquals(file.getString("sha256"),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
        }
    }

    /** The configured test server's configuration, without its history, and the EAR in its deployments. */
    private void prepareServerBaseDir() throws IOException {
        Path home = Path.of(System.getProperty("huzhu.wildfly.home"));
        if (Files.exists(baseDir)) {
            try (Stream<Path> old = Files.walk(baseDir)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path configuration = home.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path source : files.filter(path -> !path.toString().contains("standalone_xml_history")).toList()) {
                Path target = baseDir.resolve("configuration").resolve(configuration.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("huzhu.ear")), baseDir.resolve("deployments/huzhu.ear"));
    }

    /**
     * A port offset at which none of the server's ports is in use: other checkouts test on this machine at offsets
     * of their own, so a fixed one would sooner or later meet one of theirs.
     */
    private static int freePortOffset() {
        for (int offset = Integer.getInteger("huzhu.test.port.offset", 100) + 37; offset < 3000; offset += 53) {
            if (allFree(offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port offset for a second server");
    }

    private static boolean allFree(int offset) {
        for (int port : SERVER_PORTS) {
            try (ServerSocket probe = new ServerSocket(port + offset, 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException inUse) {
                return false;
            }
        }
        return true;
    }

    private void startServer(URL base, int portOffset) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("huzhu.wildfly.home"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        server = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        URI health = URI.create(base + "api/v1/health");
        while (true) {
            assertTrue(server.isAlive(), "the server died; see " + baseDir.resolve("console.log"));
            try {
                if (HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(Instant.now().isBefore(deadline), "the server did not come up");
            Thread.sleep(250);
        }
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no transaction completes. */
    private void killServerWithSigkill() throws InterruptedException {
        List<ProcessHandle> javas = new ArrayList<>(server.descendants()
                .filter(process -> process.info().command().map(command -> command.endsWith("java")).orElse(false))
                .toList());
        assertEquals(1, javas.size(), "one server JVM: " + javas);
        javas.get(0).destroyForcibly();
        javas.get(0).onExit().join();
        server.waitFor();
    }

    private static long awaitSettledClaims(SettlementFixtures fixtures, List<String> claims, long atLeast)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        try (PreparedStatement count = fixtures.connection().prepareStatement(
                "SELECT count(*) FROM claim WHERE status = 'SETTLED' AND claim_no = ANY (?)")) {
            count.setArray(1, fixtures.connection().createArrayOf("varchar", claims.toArray()));
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= atLeast) {
                        return rs.getLong(1);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("fewer than " + atLeast + " claims settled within a minute");
    }
}
