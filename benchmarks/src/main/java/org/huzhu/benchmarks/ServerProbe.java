package org.huzhu.benchmarks;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Watches the server from outside: its heap through the platform MBeans (JMX over the local attach mechanism, so
 * no management user is needed), and the CPU time of WildFly and of the benchmark's PostgreSQL from /proc.
 */
final class ServerProbe implements AutoCloseable {

    /** Heap and CPU over one measured stretch. */
    record Sample(long peakHeapBytes, long maxHeapBytes, double wildflyCpuSeconds, double postgresCpuSeconds) {
    }

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final long wildflyPid;
    private final long postmasterPid;
    private final JMXConnector connector;
    private final MemoryMXBean memory;

    ServerProbe(long wildflyPid, long postmasterPid) throws Exception {
        this.wildflyPid = wildflyPid;
        this.postmasterPid = postmasterPid;
        VirtualMachine vm = VirtualMachine.attach(Long.toString(wildflyPid));
        try {
            connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
        } finally {
            vm.detach();
        }
        memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    }

    /** Runs the work while sampling the heap every 50 ms. */
    Sample watch(ThrowingRunnable work) throws Exception {
        AtomicLong peak = new AtomicLong();
        double wildflyBefore = cpuSeconds(wildflyPid);
        double postgresBefore = postgresCpuSeconds();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        try {
            work.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return new Sample(peak.get(), memory.getHeapMemoryUsage().getMax(), cpuSeconds(wildflyPid) - wildflyBefore,
                postgresCpuSeconds() - postgresBefore);
    }

    /** The CPU seconds WildFly and PostgreSQL have used so far. */
    record CpuTimes(double wildfly, double postgres) {
        CpuTimes since(CpuTimes before) {
            return new CpuTimes(wildfly - before.wildfly, postgres - before.postgres);
        }
    }

    CpuTimes cpu() throws IOException {
        return new CpuTimes(cpuSeconds(wildflyPid), postgresCpuSeconds());
    }

    /** Work that may throw anything. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }

    /** The postmaster and its backends: other clusters on this machine are not counted. */
    private double postgresCpuSeconds() throws IOException {
        double seconds = cpuSeconds(postmasterPid);
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = stat(process);
                if (stat != null && Long.parseLong(stat[3]) == postmasterPid) {
                    seconds += ticks(stat);
                }
            }
        }
        return seconds;
    }

    private static double cpuSeconds(long pid) throws IOException {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? 0 : ticks(stat);
    }

    /** utime + stime, children not included. */
    private static double ticks(String[] stat) {
        return (Long.parseLong(stat[13]) + Long.parseLong(stat[14])) / (double) CLOCK_TICKS_PER_SECOND;
    }

    /** The fields of /proc/PID/stat, the command name (which may hold spaces) cut off: field 3 is then [1]. */
    private static String[] stat(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            String[] rest = text.substring(text.lastIndexOf(')') + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | StringIndexOutOfBoundsException gone) {
            return null;
        }
    }
}
