package org.huzhu.benchmarks;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.huzhu.domain.model.letter.CalculationLine;
import org.huzhu.domain.model.letter.KeyDate;
import org.huzhu.domain.model.letter.LetterIssue;
import org.huzhu.domain.model.letter.Payee;
import org.huzhu.domain.model.letter.SettlementLetterContent;
import org.huzhu.domain.model.letter.VerificationCode;
import org.huzhu.domain.model.shared.Money;
import org.huzhu.infrastructure.pdf.LetterRenderer;
import org.huzhu.infrastructure.pdf.PadesSigner;

/**
 * The bare rates of the letters' two costs in this JVM, without a server or a database: OpenPDF rendering a
 * one-page Chinese settlement letter with {@link LetterRenderer}, and PAdES signing with {@link PadesSigner}.
 */
final class LetterBenchmark {

    /** Letters per second on one thread and on {@code threads} threads. */
    record Rate(double oneThread, double allThreads) {
    }

    /** The bare rates; {@code renderAndSign} is the limit for a letters step on this machine. */
    record Result(int threads, Rate render, Rate sign, Rate renderAndSign) {
    }

    private final LetterRenderer renderer = new LetterRenderer();
    private final PadesSigner signer;
    private final int threads;
    private final long measureMillis;

    LetterBenchmark(PadesSigner signer, int threads, long measureMillis) {
        this.signer = signer;
        this.threads = threads;
        this.measureMillis = measureMillis;
    }

    Result run() throws Exception {
        byte[] unsigned = renderer.render(letter(1));
        Rate render = rate(i -> renderer.render(letter(i)));
        Rate sign = rate(i -> signer.sign(unsigned));
        Rate both = rate(i -> signer.sign(renderer.render(letter(i))));
        return new Result(threads, render, sign, both);
    }

    /** A warm-up of the same length as a measurement, then one thread, then every thread. */
    private Rate rate(IntFunction<byte[]> letter) throws Exception {
        perSecond(letter, 1);
        return new Rate(perSecond(letter, 1), perSecond(letter, threads));
    }

    private double perSecond(IntFunction<byte[]> letter, int threadCount) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        try {
            long until = System.nanoTime() + measureMillis * 1_000_000;
            long started = System.nanoTime();
            List<Future<Integer>> made = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                int first = t * 1_000_000;
                made.add(pool.submit(() -> {
                    int count = 0;
                    while (System.nanoTime() < until) {
                        letter.apply(first + count++);
                    }
                    return count;
                }));
            }
            long letters = 0;
            for (Future<Integer> thread : made) {
                letters += thread.get();
            }
            return letters / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A settlement letter like those of a settlement run: the inpatient claim of SPEC.md §6's worked example. */
    private static SettlementLetterContent letter(int i) {
        LetterIssue issue = new LetterIssue("基准县总工会", "L2026%07d".formatted(i % 10_000_000), LocalDate.of(2026, 4, 2),
                VerificationCode.random(), URI.create("https://huzhu.example.cn/verify"));
        return new SettlementLetterContent(issue, new Payee("王秀英", "360502********1234", "**** 5678"),
                "HZ2026%06d".formatted(i % 1_000_000), "住院医疗互助保障", 2,
                List.of(new KeyDate("入院日期", LocalDate.of(2026, 3, 1)), new KeyDate("出院日期", LocalDate.of(2026, 3, 16))),
                List.of(new CalculationLine("政策范围内自付（基数）", "20,000.00"),
                        new CalculationLine("本次使用起付线", "0.00"),
                        new CalculationLine("累计 7,500.00–10,000.00 段 2,500.00 × 50%", "1,250.00"),
                        new CalculationLine("累计 10,000.00–27,500.00 段 17,500.00 × 60%", "10,500.00"),
                        new CalculationLine("分段合计 11,750.00 × 2 份", "23,500.00"),
                        new CalculationLine("本期封顶剩余 22,500.00；不超过基数 20,000.00", "20,000.00")),
                Money.parse("20000.00"), Optional.of(LocalDate.of(2026, 4, 10)));
    }
}
