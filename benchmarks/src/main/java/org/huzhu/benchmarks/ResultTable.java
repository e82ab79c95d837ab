package org.huzhu.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The figures of one run, each beside the limit it is held against, as a Markdown table. */
final class ResultTable {

    private static final double MIB = 1024 * 1024;
    private static final double INTAKE_TARGET_PER_SECOND = 300;
    private static final double LETTERS_TARGET_PER_SECOND = 150;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final List<String> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private SettlementBenchmark.Result lettersStep;

    void intake(IntakeBenchmark.Result result) {
        row("intake, %d clients".formatted(result.clients()),
                "%.0f claims/s; p50 %.1f ms, p99 %.1f ms (%,d accepted, %d refused, %.0f s)".formatted(
                        result.perSecond(), result.p50Millis(), result.p99Millis(), result.accepted(), result.failed(),
                        result.seconds()),
                "target %.0f claims/s, p99 ≤ 100 ms".formatted(INTAKE_TARGET_PER_SECOND),
                result.perSecond() / INTAKE_TARGET_PER_SECOND);
        details.add(("intake: CPU per accepted claim over the measured stretch: WildFly %.1f ms, PostgreSQL %.1f ms "
                + "(%d cores give %,d ms of CPU a second)").formatted(result.wildflyCpuMillisPerClaim(),
                result.postgresCpuMillisPerClaim(), CORES, CORES * 1000));
    }

    void settlement(SettlementBenchmark.Result result) {
        ServerProbe.Sample server = result.server();
        row("settlement, %,d claims".formatted(result.claims()),
                "%,.0f claims/s (%.0f µs/claim); peak heap %.0f MiB of %.0f MiB".formatted(result.jobPerSecond(),
                        result.microsPerClaim(), server.peakHeapBytes() / MIB, server.maxHeapBytes() / MIB),
                "plain JDBC + COPY: %,.0f claims/s".formatted(result.baselinePerSecond()),
                result.jobPerSecond() / result.baselinePerSecond());
        details.add(("settlement %,d: load (COPY) %.1f s, baseline %.1f s, settle + payment file %.1f s "
                + "(payment-file step %.1f s), %s; CPU while the job ran: WildFly %.1f s, PostgreSQL %.1f s; payouts %,d")
                .formatted(result.claims(), result.loadSeconds(), result.baselineSeconds(), result.settleSeconds(),
                        result.paymentFileSeconds(),
                        result.lettersIssued() ? "letters step %.1f s for %,d letters".formatted(result.letterSeconds(),
                                result.letters()) : "stopped as its letters step began",
                        server.wildflyCpuSeconds(), server.postgresCpuSeconds(), result.settled()));
        if (result.lettersIssued()) {
            lettersStep = result;
        }
    }

    void bareLetters(LetterBenchmark.Result result) {
        row("letters, bare render", rates(result.render(), result.threads()), "—", Double.NaN);
        row("letters, bare sign", rates(result.sign(), result.threads()), "—", Double.NaN);
        double bare = result.renderAndSign().allThreads();
        row("letters, bare render + sign", rates(result.renderAndSign(), result.threads()),
                "target 150 letters/s", bare / LETTERS_TARGET_PER_SECOND);
        if (lettersStep == null) {
            row("letters step (settlement job)", "not run: no settlement size equal to --letters",
                    "bare render + sign: %.0f letters/s".formatted(bare), Double.NaN);
        } else {
            double perSecond = lettersStep.lettersPerSecond();
            row("letters step (settlement job)", "%.0f letters/s (%,d letters in %.1f s)".formatted(perSecond,
                            lettersStep.letters(), lettersStep.letterSeconds()),
                    "bare render + sign: %.0f letters/s; target 150".formatted(bare), perSecond / bare);
        }
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
