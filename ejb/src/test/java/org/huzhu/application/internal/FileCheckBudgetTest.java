package org.huzhu.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.huzhu.application.Overloaded;
import org.huzhu.application.UncheckableFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FileCheckBudgetTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void aCheckWithinTheBudgetAnswers() throws Exception {
        assertEquals("checked", budget(2, 2_000).check(() -> "checked"));
    }

    @Test
    void aFileThatTakesTooLongIsGivenUpAndKeepsItsTurnUntilItEnds() throws Exception {
        FileCheckBudget budget = budget(1, 100);
        assertThrows(UncheckableFile.class, () -> budget.check(this::hang));
        // The overrunning parse still holds the only turn, so the next caller is told to come back.
        assertThrows(Overloaded.class, () -> budget.check(() -> "next"));
    }

    @Test
    void callersBeyondTheParallelChecksAreToldToComeBack() throws Exception {
        FileCheckBudget budget = budget(2, 5_000);
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            threads.submit(() -> budget.check(() -> {
                started.countDown();
                return hang();
            }));
        }
        started.await(5, TimeUnit.SECONDS);
        assertThrows(Overloaded.class, () -> budget.check(() -> "third"));
        release.countDown();
    }

    private String hang() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // PDFBox would not stop either: the turn is released only when the work ends
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        }
        return "late";
    }

    private FileCheckBudget budget(int atOnce, long timeLimitMillis) throws Exception {
        FileCheckBudget budget = new FileCheckBudget(atOnce, Duration.ofMillis(200), Duration.ofMillis(timeLimitMillis));
        ManagedExecutorService managed = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> {
                    try {
                        return method.invoke(threads, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Field executor = FileCheckBudget.class.getDeclaredField("executor");
        executor.setAccessible(true);
        executor.set(budget, managed);
        return budget;
    }
}
