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
 * an apply and of a destroy, then applied and destroyed again; then over the wire ({@link
 * WireSoak}): each example under seeds of the served simulator's {@code --faults} rules through
 * the AWS backend, and the CLI as a real child process SIGKILLed after every request of an apply
 * and of a destroy. Prints and writes the totals ({@code target/soak.txt}): runs, converged,
 * duplicated, orphaned, lost, and the time it took. {@code -Dsoak.seeds}, {@code -Dsoak.rate},
 * {@code -Dsoak.wireSeeds} and {@code -Dsoak.killStride} make it smaller.
 */
@Tag("soak")
class SoakTest {
  static final int SEEDS = Integer.getInteger("soak.seeds", 200);
  static final double RATE = Double.parseDouble(System.getProperty("soak.rate", "0.3"));
  static final int WIRE_SEEDS = Integer.getInteger("soak.wireSeeds", 20);
  static final int KILL_STRIDE = Integer.getInteger("soak.killStride", 1);

  static final Path FIGURES = Path.of("target", "soak.txt");

  /** Adds a line of figures and writes them all again, so a long run shows how far it got. */
  private static void put(Map<String, Object> report, String key, Object value) {
    report.put(key, value);
    StringBuilder text = new StringBuilder();
    report.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    try {
      Files.writeString(FIGURES, text.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyExample_200FaultSeedsAndEveryKillPoint_convergeWithoutDuplicatesOrphansOrLosses()
      throws IOException {
    long started = System.nanoTime();
    Map<String, Object> report = new LinkedHashMap<>();
    List<Soak.Outcome> all = new ArrayList<>();
    for (String file : Soak.exampleSpecs()) {
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
      put(report, file + " faults (" + SEEDS + " seeds, " + RATE + " of writes)",
          Soak.totals(faults));
      put(report, file + " apply killed at each of " + requests[0] + " requests",
          Soak.totals(applyKills));
      put(report, file + " destroy killed at each of " + requests[1] + " requests",
          Soak.totals(destroyKills));
      all.addAll(faults);
      all.addAll(applyKills);
      all.addAll(destroyKills);
    }
    if (Boolean.parseBoolean(System.getProperty("soak.wire", "true"))) {
      wire(report, all);
    }
    put(report, "time", java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds()
        + " s");
    System.out.print(Files.readString(FIGURES));

    assertThat(all).filteredOn(o -> !o.clean()).isEmpty();
    assertThat(all).filteredOn(o -> o.scenario().contains("ended before")).isEmpty();
  }

  /**
   * Over the wire: {@link #WIRE_SEEDS} seeds of the served simulator's {@code --faults} rules per
   * example spec, and the CLI as a real process SIGKILLed after every {@link #KILL_STRIDE}th
   * request of an apply and of a destroy of the quickstart example.
   */
  private static void wire(Map<String, Object> report, List<Soak.Outcome> all)
      throws IOException {
    for (String file : Soak.exampleSpecs()) {
      WireSoak soak = new WireSoak(file);
      List<Soak.Outcome> faults = new ArrayList<>();
      for (long seed = 1; seed <= WIRE_SEEDS; seed++) {
        faults.add(soak.servedFaults(seed, RATE));
      }
      put(report, file + " served --faults (" + WIRE_SEEDS + " seeds, " + RATE + " of writes)",
          Soak.totals(faults));
      all.addAll(faults);
    }
    WireSoak quickstart = new WireSoak("quickstart.yaml");
    try {
      int[] requests = quickstart.cliRequestCounts();
      List<Soak.Outcome> applyKills = new ArrayList<>();
      for (int n = 1; n <= requests[0]; n += KILL_STRIDE) {
        applyKills.add(quickstart.cliKilledInApply(n));
      }
      List<Soak.Outcome> destroyKills = new ArrayList<>();
      for (int n = 1; n <= requests[1]; n += KILL_STRIDE) {
        destroyKills.add(quickstart.cliKilledInDestroy(n));
      }
      put(report, "quickstart.yaml CLI process apply SIGKILLed after each of " + requests[0]
          + " requests (every " + KILL_STRIDE + ")", Soak.totals(applyKills));
      put(report, "quickstart.yaml CLI process destroy SIGKILLed after each of " + requests[1]
          + " requests (every " + KILL_STRIDE + ")", Soak.totals(destroyKills));
      all.addAll(applyKills);
      all.addAll(destroyKills);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
