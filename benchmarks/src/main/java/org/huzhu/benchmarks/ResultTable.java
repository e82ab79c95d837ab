package org.huzhu.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures of one run, each beside the limit it is held against, as a Markdown table. */
final class ResultTable {

    private static final double MIB = 1024 * 1024;
    private static final double INTAKE_TARGET_PER_SECOND = 300;

    private final List<String> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    void intake(IntakeBenchmark.Result result) {
        row("intake, %d clients".formatted(result.clients()),
                "%.0f claims/s; p50 %.1f ms, p99 %.1f ms (%,d accepted, %d refused, %.0f s)".formatted(
                        result.perSecond(), result.p50Millis(), result.p99Millis(), result.accepted(), result.failed(),
                        result.seconds()),
                "target %.0f claims/s, p99 ≤ 100 ms".formatted(INTAKE_TARGET_PER_SECOND),
                result.perSecond() / INTAKE_TARGET_PER_SECOND);
    }

    void settlement(SettlementBenchmark.Result result) {
        ServerProbe.Sample server = result.server();
        row("settlement, %,d claims".formatted(result.claims()),
                "%,.0f claims/s (%.0f µs/claim); peak heap %.0f MiB of %.0f MiB".formatted(result.jobPerSecond(),
                        result.microsPerClaim(), server.peakHeapBytes() / MIB, server.maxHeapBytes() / MIB),
                "plain JDBC + COPY: %,.0f claims/s".formatted(result.baselinePerSecond()),
                result.jobPerSecond() / result.baselinePerSecond());
        // JBeret records a partitioned step's own start and end around its partition plan only, not the partitions:
        // the settle step is the job's time less the other steps'
        StringBuilder steps = new StringBuilder();
        double otherSteps = 0;
        for (Map.Entry<String, Double> step : result.stepSeconds().entrySet()) {
            if (!step.getKey().equals("settle")) {
                steps.append(", %s %.1f s".formatted(step.getKey(), step.getValue()));
                otherSteps += step.getValue();
            }
        }
        steps.insert(0, ", settle (job less the other steps) %.1f s".formatted(result.jobSeconds() - otherSteps));
        details.add("settlement %,d: load (COPY) %.1f s, baseline %.1f s, job %.1f s%s; CPU during the job: WildFly %.1f s, "
                .formatted(result.claims(), result.loadSeconds(), result.baselineSeconds(), result.jobSeconds(), steps,
                        server.wildflyCpuSeconds())
                + "PostgreSQL %.1f s; payouts %,d".formatted(server.postgresCpuSeconds(), result.settled()));
    }

    void letters(LetterBenchmark.Result result) {
        row("letters, bare render", rates(result.render(), result.threads()), "—", Double.NaN);
        row("letters, bare sign", rates(result.sign(), result.threads()), "—", Double.NaN);
        row("letters, bare render + sign", rates(result.renderAndSign(), result.threads()),
                "target 150 letters/s", result.renderAndSign().allThreads() / 150);
        row("letters step (settlement job)", "pending: the letters step is not on main yet",
                "bare render + sign: %.0f letters/s".formatted(result.renderAndSign().allThreads()), Double.NaN);
    }

    String markdown() {
        StringBuilder text = new StringBuilder("| benchmark | measured | limit | ratio |\n|---|---|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        if (!details.isEmpty()) {
            text.append('\n');
            details.forEach(detail -> text.append("- ").append(detail).append('\n'));
        }
        return text.toString();
    }

    private static String rates(LetterBenchmark.Rate rate, int threads) {
        return "%.0f letters/s on 1 thread, %.0f on %d".formatted(rate.oneThread(), rate.allThreads(), threads);
    }

    private void row(String name, String measured, String limit, double ratio) {
        rows.add("| %s | %s | %s | %s |".formatted(name, measured, limit,
                Double.isNaN(ratio) ? "—" : "%.2f".formatted(ratio)));
    }
}
