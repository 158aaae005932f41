package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole soak, {@code mvn -pl integration-tests -am verify -Psoak}: every example spec applied
 * and destroyed under 200 fault seeds (30% of the writes faulted), and killed at every request of
 * an apply and of a destroy, then applied and destroyed again. Prints and writes the totals
 * ({@code target/soak.txt}): runs, converged, duplicated, orphaned, lost.
 */
@Tag("soak")
class SoakTest {
  static final int SEEDS = Integer.getInteger("soak.seeds", 200);
  static final double RATE = Double.parseDouble(System.getProperty("soak.rate", "0.3"));

  @Test
  void everyExample_200FaultSeedsAndEveryKillPoint_convergeWithoutDuplicatesOrphansOrLosses()
      throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    List<Soak.Outcome> all = new ArrayList<>();
    for (String file : List.of("quickstart.yaml", "full.yaml")) {
      Soak soak = new Soak(file);
      int[] requests = soak.requestCounts();
      List<Soak.Outcome> faults = new ArrayList<>();
      for (long seed = 1; seed <= SEEDS; seed++) {
        faults.add(soak.faults(seed, RATE));
      }
      List<Soak.Outcome> applyKills = new ArrayList<>();
      for (int n = 1; n <= requests[0]; n++) {
        applyKills.add(soak.killedInApply(n));
      }
      List<Soak.Outcome> destroyKills = new ArrayList<>();
      for (int n = 1; n <= requests[1]; n++) {
        destroyKills.add(soak.killedInDestroy(n));
      }
      report.put(file + " faults (" + SEEDS + " seeds, " + RATE + " of writes)",
          Soak.totals(faults));
      report.put(file + " apply killed at each of " + requests[0] + " requests",
          Soak.totals(applyKills));
      report.put(file + " destroy killed at each of " + requests[1] + " requests",
          Soak.totals(destroyKills));
      all.addAll(faults);
      all.addAll(applyKills);
      all.addAll(destroyKills);
    }
    StringBuilder text = new StringBuilder();
    report.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    System.out.print(text);
    Files.writeString(Path.of("target", "soak.txt"), text.toString());

    assertThat(all).filteredOn(o -> !o.clean()).isEmpty();
  }
}
