package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.hyperpod.prereqs.spi.CloudBackend;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimClockTest {
  @Test
  void instant_new_isTheDefaultStartAndStandsStill() {
    SimClock clock = new SimClock();

    assertThat(clock.instant()).isEqualTo(SimClock.DEFAULT_START);
    assertThat(clock.instant()).isEqualTo(clock.instant());
  }

  @Test
  void advance_duration_movesTimeForward() {
    SimClock clock = new SimClock(Instant.parse("2030-05-01T10:00:00Z"));

    Instant now = clock.advance(Duration.ofMinutes(90));

    assertThat(now).isEqualTo(Instant.parse("2030-05-01T11:30:00Z"));
    assertThat(clock.millis()).isEqualTo(now.toEpochMilli());
  }

  @Test
  void advance_negative_isRefused() {
    SimClock clock = new SimClock();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .withMessageContaining("PT-1S");
    assertThat(clock.instant()).isEqualTo(SimClock.DEFAULT_START);
  }

  @Test
  void withZone_view_sharesTheInstant() {
    SimClock clock = new SimClock();
    SimClock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));

    clock.advance(Duration.ofDays(1));

    assertThat(tokyo.instant()).isEqualTo(clock.instant());
    assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void createDates_ofResources_comeFromTheSimulatorClock() {
    AwsSimulator aws = AwsSimulator.create(1, Instant.parse("2026-01-01T00:00:00Z"));
    CloudBackend backend = aws.backend("us-west-2");
    aws.clock().advance(Duration.ofHours(2));

    Instant userCreated = backend.iam().createUser("alice", Map.of()).createDate();
    aws.clock().advance(Duration.ofHours(1));
    backend.s3().createBucket("sagemaker-x");
    Instant objectModified =
        backend.s3().putObject("sagemaker-x", "k", new byte[1], null).lastModified();

    assertThat(userCreated).isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
    assertThat(backend.s3().listBuckets().get(0).creationDate())
        .isEqualTo(Instant.parse("2026-01-01T03:00:00Z"));
    assertThat(objectModified).isEqualTo(Instant.parse("2026-01-01T03:00:00Z"));
  }
}
