package io.hyperpod.prereqs.soak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The short soak over the wire, in every {@code mvn verify}: the quickstart example through the
 * AWS backend under one seed of the served simulator's {@code --faults} rules converges in one
 * apply with nothing duplicated, left behind or lost. The whole of it, with more seeds and the
 * CLI as a real process SIGKILLed at every request, is {@link SoakTest} ({@code -Psoak}).
 */
class WireSoakShortTest {
  @Test
  void servedFaults_converge_withoutDuplicatesOrphansOrLosses() {
    Soak.Outcome o = new WireSoak("quickstart.yaml").servedFaults(1, 0.2);

    assertThat(o.clean()).as(o.toString()).isTrue();
    assertThat(o.applies()).as(o.detail()).isEqualTo(1);
  }
}
