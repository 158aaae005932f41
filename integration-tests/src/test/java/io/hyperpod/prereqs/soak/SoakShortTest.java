package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The short soak of every {@code mvn verify}: each example spec under a few fault seeds and
 * killed at a few requests of an apply and of a destroy converges, with nothing duplicated, left
 * behind or lost. The whole soak (200 seeds, every request) is {@code mvn verify -Psoak}.
 */
class SoakShortTest {
  @ParameterizedTest
  @ValueSource(strings = {"quickstart.yaml", "full.yaml"})
  void fewSeedsAndKillPoints_everyRunConvergesWithoutDuplicatesOrphansOrLosses(String file) {
    Soak soak = new Soak(file);
    int[] requests = soak.requestCounts();
    List<Soak.Outcome> outcomes = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      outcomes.add(soak.faults(seed, 0.3));
    }
    for (int n : new int[] {1, requests[0] / 3, requests[0] / 2, requests[0] - 1}) {
      outcomes.add(soak.killedInApply(n));
    }
    for (int n : new int[] {1, requests[1] / 2, requests[1] - 1}) {
      outcomes.add(soak.killedInDestroy(n));
    }

    assertThat(outcomes).filteredOn(o -> !o.clean()).isEmpty();
    assertThat(outcomes).filteredOn(o -> o.applies() > 1 && o.scenario().contains("seed"))
        .hasSizeLessThanOrEqualTo(1);
  }
}
