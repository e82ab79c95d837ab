package org.huzhu.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.huzhu.application.Overloaded;
import org.huzhu.application.UncheckableFile;

/**
 * The time and the threads that anonymous file checks (an uploaded letter on the verify page) may take: at most
 * {@value #AT_ONCE} files are parsed at once, a caller waits at most {@value #WAIT_SECONDS} s for a turn (then 503),
 * and a file that takes longer than {@value #TIME_LIMIT_SECONDS} s is given up (422). A check that overran keeps its
 * turn until it ends, so files that never end cannot take more than {@value #AT_ONCE} threads; memory per file is
 * bounded by the parser itself ({@link org.huzhu.infrastructure.pdf.LetterVerifier}).
 */
@ApplicationScoped
public class FileCheckBudget {

    static final int AT_ONCE = 2;
    static final int WAIT_SECONDS = 5;
    static final int TIME_LIMIT_SECONDS = 10;

    private final Semaphore turns;
    private final Duration wait;
    private final Duration timeLimit;

    @Resource
    private ManagedExecutorService executor;

    public FileCheckBudget() {
        this(AT_ONCE, Duration.ofSeconds(WAIT_SECONDS), Duration.ofSeconds(TIME_LIMIT_SECONDS));
    }

    /** A budget of other limits, for tests that should not wait seconds. */
    FileCheckBudget(int atOnce, Duration wait, Duration timeLimit) {
        this.turns = new Semaphore(atOnce, true);
        this.wait = wait;
        this.timeLimit = timeLimit;
    }

    public <T> T check(Supplier<T> work) {
        if (!acquireTurn()) {
            throw new Overloaded("正在检查的文件过多，请稍后重试", "too many files are being checked: try again shortly",
                    (int) Math.max(1, wait.toSeconds()));
        }
        Future<T> result;
        try {
            result = executor.submit(() -> {
                try {
                    return work.get();
                } finally {
                    turns.release();
                }
            });
        } catch (RuntimeException notStarted) {
            turns.release();
            throw notStarted;
        }
        try {
            return result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new UncheckableFile("文件过于复杂，无法在限定时间（" + timeLimit.toSeconds() + " 秒）内检查完毕",
                    "the file is too complex to be checked within the time allowed (" + timeLimit.toSeconds() + " s)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new Overloaded("检查被中断，请重试", "the check was interrupted: try again", (int) Math.max(1, wait.toSeconds()));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private boolean acquireTurn() {
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
