package dev.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Start-up work in the background: whoever needs it waits for it; a failure is logged, not thrown. */
@ExtendWith(OutputCaptureExtension.class)
class StartUpTaskTest {

    @Test
    void awaitReturnsOnceTheWorkHasFinished() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        StartUpTask task = StartUpTask.start("ladder-test-task", () -> {
            ranOn.set(Thread.currentThread());
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.set(true);
        });
        Thread waiter = new Thread(task::await);
        waiter.start();
        waiter.join(200);
        assertThat(waiter.isAlive()).as("still waiting while the work runs").isTrue();
        assertThat(done).isFalse();

        release.countDown();
        task.await();

        assertThat(done).isTrue();
        waiter.join(10_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(ranOn.get().getName()).isEqualTo("ladder-test-task");
        assertThat(ranOn.get().isDaemon()).as("never keeps the JVM alive").isTrue();
    }

    @Test
    void aFailureIsLoggedAndAwaitReturns(CapturedOutput output) {
        StartUpTask task = StartUpTask.start("ladder-failing-task", () -> {
            throw new IllegalStateException("the store is gone");
        });

        task.await();

        assertThat(output.getAll()).contains("Start-up task ladder-failing-task failed")
                .contains("the store is gone");
    }
}
