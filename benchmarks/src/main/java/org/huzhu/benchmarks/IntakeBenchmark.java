package org.huzhu.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Claims entered through {@code POST /claims} by concurrent clerks, each on its own signed-in session: a warm-up,
 * then a measured stretch in which every request's latency is recorded.
 */
final class IntakeBenchmark {

    /** What the measured stretch gave. */
    record Result(int clients, long accepted, long failed, double seconds, double p50Millis, double p99Millis,
                  ServerProbe.CpuTimes cpu) {
        double perSecond() {
            return accepted / seconds;
        }

        double wildflyCpuMillisPerClaim() {
            return cpu.wildfly() * 1000 / accepted;
        }

        double postgresCpuMillisPerClaim() {
            return cpu.postgres() * 1000 / accepted;
        }
    }

    private final URI base;
    private final HuzhuClient admin;
    private final int members;
    private final LocalDate coverageStart;

    private final ServerProbe probe;

    IntakeBenchmark(URI base, HuzhuClient admin, int members, LocalDate coverageStart, ServerProbe probe) {
        this.probe = probe;
        this.base = base;
        this.admin = admin;
        this.members = members;
        this.coverageStart = coverageStart;
    }

    Result run(int clients, Duration warmUp, Duration measured) throws Exception {
        List<HuzhuClient> clerks = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String username = "bench_clerk" + i + "_" + System.currentTimeMillis() % 100_000;
            var account = admin.postExpecting(201, "users",
                    "{\"username\":\"%s\",\"displayName\":\"基准经办%d\",\"roles\":[\"clerk\"]}".formatted(username, i));
            clerks.add(HuzhuClient.signedIn(base, username,
                    HuzhuClient.choosePassword(base, username, account.getString("initialPassword"))));
        }
        AtomicLong invoiceNumbers = new AtomicLong(System.currentTimeMillis());
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long until = measureFrom + measured.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> latencies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                HuzhuClient clerk = clerks.get(i);
                SplittableRandom random = new SplittableRandom(i);
                latencies.add(threads.submit(() -> enterClaims(clerk, random, invoiceNumbers, measureFrom, until)));
            }
            // the servers' CPU over the measured stretch only: sign-ins and warm-up are left out
            sleepUntil(measureFrom);
            ServerProbe.CpuTimes before = probe.cpu();
            sleepUntil(until);
            ServerProbe.CpuTimes cpu = probe.cpu().since(before);
            long failed = 0;
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> client : latencies) {
                long[] result = client.get();
                all.add(result);
                failed += Arrays.stream(result).filter(nanos -> nanos < 0).count();
            }
            long[] accepted = all.stream().flatMapToLong(Arrays::stream).filter(nanos -> nanos >= 0).sorted().toArray();
            return new Result(clients, accepted.length, failed, measured.toNanos() / 1e9,
                    percentile(accepted, 0.50), percentile(accepted, 0.99), cpu);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Latencies in nanoseconds of the claims sent in the measured stretch; negative for a refused one. */
    private long[] enterClaims(HuzhuClient clerk, SplittableRandom random, AtomicLong invoiceNumbers, long measureFrom,
                               long until) throws IOException, InterruptedException {
        long[] latencies = new long[1024];
        int count = 0;
        for (long now = System.nanoTime(); now < until; now = System.nanoTime()) {
            String claim = claimJson(random, invoiceNumbers.incrementAndGet());
            long sent = System.nanoTime();
            HttpResponse<String> response = clerk.post("claims", claim);
            long latency = System.nanoTime() - sent;
            if (sent >= measureFrom) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = response.statusCode() == 201 ? latency : -1;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private String claimJson(SplittableRandom random, long invoiceNumber) {
        LocalDate admission = coverageStart.plusDays(30 + random.nextInt(200));
        int policySelfPaid = 500 + random.nextInt(20_000);
        return """
                {"memberNo":"%s","planCode":"INPATIENT","cause":"ILLNESS","incidentDate":"%s","admissionDate":"%s",
                 "dischargeDate":"%s","hospital":"新余市人民医院","diagnosisCode":"J18.9","complexity":"SIMPLE",
                 "documents":["ID_COPY","INVOICE","EXPENSE_LIST","DISCHARGE_SUMMARY"],
                 "invoices":[{"number":"BI%d","total":"%d.00","fundPaid":"%d.00","policySelfPaid":"%d.00","outOfPolicy":"0.00"}]}"""
                .formatted(BenchCounty.memberNo(1 + random.nextInt(members)), admission, admission, admission.plusDays(6),
                        invoiceNumber, policySelfPaid * 3, policySelfPaid * 2, policySelfPaid);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
