package org.huzhu.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.infrastructure.pdf.PadesSigner;
import org.huzhu.infrastructure.pdf.SigningCredentials;

/**
 * The benchmark program of {@code ./huzhu bench}, run against a server that bin/huzhu-bench.sh started with its
 * own database. Options (all {@code --name value}): url, db-url, db-user, db-password, admin-password, keys,
 * signing-password, wildfly-pid, postmaster-pid, output; settlement-sizes (default 10000,100000,1000000),
 * letters (10000: the settlement size whose run also issues its letters; the others are stopped as their letters
 * step begins), intake-clients (16), intake-seconds (30; 0 leaves intake out), letter-seconds (10).
 */
public final class Benchmarks {

    private static final int INTAKE_MEMBERS = 5_000;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(required(options, "url") + "/");
        String dbUrl = required(options, "db-url");
        String dbUser = required(options, "db-user");
        String dbPassword = required(options, "db-password");
        List<Long> sizes = Arrays.stream(options.getOrDefault("settlement-sizes", "10000,100000,1000000").split(","))
                .map(String::strip).map(Long::parseLong).toList();
        int threads = Runtime.getRuntime().availableProcessors();
        ResultTable table = new ResultTable();

        try (Connection connection = connect(dbUrl, dbUser, dbPassword);
             ServerProbe probe = new ServerProbe(Long.parseLong(required(options, "wildfly-pid")),
                     Long.parseLong(required(options, "postmaster-pid")))) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            BenchCounty county = new BenchCounty(connection, today);
            // A new server's first admin holds HUZHU_ADMIN_PASSWORD as an issued password: chosen anew first.
            HuzhuClient admin = HuzhuClient.basic(base, "admin",
                    HuzhuClient.choosePassword(base, "admin", required(options, "admin-password")));

            Duration intakeTime = Duration.ofSeconds(Long.parseLong(options.getOrDefault("intake-seconds", "30")));
            if (!intakeTime.isZero()) {
                int clients = Integer.parseInt(options.getOrDefault("intake-clients", "16"));
                log("intake: %,d members, %d clients".formatted(INTAKE_MEMBERS, clients));
                county.clear();
                county.load(INTAKE_MEMBERS, 0);
                IntakeBenchmark.Result intake = new IntakeBenchmark(base, admin, INTAKE_MEMBERS, county.coverageStart(), probe)
                        .run(clients, Duration.ofSeconds(10), intakeTime);
                log("intake: %s".formatted(intake));
                table.intake(intake);
            }

            String financeUser = "bench_finance" + System.currentTimeMillis() % 100_000;
            String financePassword = admin.postExpecting(201, "users",
                    "{\"username\":\"%s\",\"displayName\":\"基准财务\",\"roles\":[\"finance\"]}".formatted(financeUser))
                    .getString("initialPassword");
            HuzhuClient finance = HuzhuClient.signedIn(base, financeUser,
                    HuzhuClient.choosePassword(base, financeUser, financePassword));
            SettlementBenchmark settlement = new SettlementBenchmark(connection,
                    () -> connectUnchecked(dbUrl, dbUser, dbPassword), county, finance, probe);
            long withLetters = Long.parseLong(options.getOrDefault("letters", "10000"));
            for (long size : sizes) {
                SettlementBenchmark.Result result = settlement.run(size, size == withLetters);
                log("settlement %,d: %s".formatted(size, result));
                table.settlement(result);
            }
            county.clear();
        }

        log("letters: bare render and sign in this JVM, 1 and %d threads".formatted(threads));
        Path keys = Path.of(required(options, "keys"));
        SigningCredentials credentials = SigningCredentials.fromPkcs12(keys.resolve("signing.p12"),
                options.getOrDefault("signing-password", "huzhu-dev-signing").toCharArray(), "huzhu-signing");
        long letterMillis = Long.parseLong(options.getOrDefault("letter-seconds", "10")) * 1000;
        table.bareLetters(new LetterBenchmark(new PadesSigner(credentials, "基准县总工会", Clock.systemUTC()), threads,
                letterMillis).run());

        String markdown = table.markdown();
        System.out.println();
        System.out.println(markdown);
        if (options.containsKey("output")) {
            Path output = Path.of(options.get("output"));
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, markdown);
        }
    }

    static void log(String message) {
        System.err.printf("[bench] %s%n", message);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        return connection;
    }

    private static Connection connectUnchecked(String url, String user, String password) {
        try {
            return connect(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url, e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.removeFirst();
            if (!name.startsWith("--") || rest.isEmpty()) {
                throw new IllegalArgumentException("expected --name value, got " + name);
            }
            options.put(name.substring(2), rest.removeFirst());
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
