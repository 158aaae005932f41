package io.hyperpod.prereqs.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ConcurrentReads}: overlapping reads, bounded, with results as if read in order. */
class ConcurrentReadsTest {
  private static final List<Integer> KEYS = IntStream.range(0, 24).boxed().toList();

  @Test
  void readAll_concurrencyFour_hasFourReadsInFlightAtOnceAndNeverMore() {
    CountDownLatch fourInFlight = new CountDownLatch(4);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();

    Map<Integer, String> read =
        ConcurrentReads.readAll(
            KEYS,
            4,
            k -> {
              most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              fourInFlight.countDown();
              awaitOrFail(fourInFlight);
              inFlight.decrementAndGet();
              return "v" + k;
            });

    assertThat(most.get()).isEqualTo(4);
    assertThat(read.keySet()).containsExactlyElementsOf(KEYS);
    assertThat(read.values()).containsExactlyElementsOf(KEYS.stream().map(k -> "v" + k).toList());
  }

  @Test
  void readAll_concurrencyOne_readsEverythingOnTheCallingThreadInOrder() {
    Thread caller = Thread.currentThread();
    List<Integer> order = new java.util.ArrayList<>();

    ConcurrentReads.readAll(
        KEYS,
        1,
        k -> {
          assertThat(Thread.currentThread()).isSameAs(caller);
          order.add(k);
          return k;
        });

    assertThat(order).containsExactlyElementsOf(KEYS);
  }

  @Test
  void readAll_severalReadsFail_throwsTheFirstFailureInKeyOrder() {
    assertThatThrownBy(
            () ->
                ConcurrentReads.readAll(
                    KEYS,
                    8,
                    k -> {
                      if (k == 5 || k == 17) {
                        throw new IllegalArgumentException("read " + k + " failed");
                      }
                      return k;
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("read 5 failed");
  }

  @Test
  void cached_manyConcurrentCallersOfOneKey_readItOnce() {
    ObserveContext ctx = new ObserveContext(null, null);
    CountDownLatch allAsking = new CountDownLatch(KEYS.size());
    AtomicInteger reads = new AtomicInteger();

    Map<Integer, Integer> values =
        ConcurrentReads.readAll(
            KEYS,
            KEYS.size(),
            k -> {
              allAsking.countDown();
              return ctx.cached(
                  "snapshot",
                  () -> {
                    awaitOrFail(allAsking);
                    return reads.incrementAndGet();
                  });
            });

    assertThat(reads.get()).isEqualTo(1);
    assertThat(values.values()).containsOnly(1);
  }

  @Test
  void cached_aReadThatFailed_isReadAgainByTheNextCaller() {
    ObserveContext ctx = new ObserveContext(null, null);

    assertThatThrownBy(() -> ctx.cached("k", () -> {
      throw new IllegalStateException("throttled");
    })).hasMessage("throttled");

    assertThat(ctx.<String>cached("k", () -> "read again")).isEqualTo("read again");
    assertThat(ctx.<String>cached("k", () -> "not read")).isEqualTo("read again");
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the reads did not overlap: " + latch.getCount() + " missing");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
