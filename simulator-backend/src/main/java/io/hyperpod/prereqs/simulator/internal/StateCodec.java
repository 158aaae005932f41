package io.hyperpod.prereqs.simulator.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.hyperpod.prereqs.simulator.IdGenerator;
import io.hyperpod.prereqs.simulator.SimClock;
import java.time.Instant;

/**
 * Writes a {@link SimulatorCore} to JSON and reads it back: the state tree (fields of the store
 * classes, as they are), the clock's instant and the id generator's seed and positions. Faults and
 * the call journal are not part of a snapshot.
 */
public final class StateCodec {
  /** The version of the snapshot format; a file of another version is refused. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .visibility(PropertyAccessor.ALL, Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, Visibility.ANY)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private StateCodec() {}

  public static String toJson(SimulatorCore core) {
    return core.locked(
        () -> {
          Snapshot snapshot = new Snapshot();
          snapshot.formatVersion = FORMAT_VERSION;
          snapshot.clock = core.clock().instant();
          snapshot.seed = core.ids().seed();
          snapshot.idPosition = core.ids().position();
          snapshot.requestIdPosition = core.ids().requestPosition();
          snapshot.fractionPosition = core.ids().fractionPosition();
          snapshot.state = core.state();
          try {
            return MAPPER.writeValueAsString(snapshot);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("the simulator state could not be written as JSON", e);
          }
        });
  }

  /**
   * Reads a snapshot written by {@link #toJson}.
   *
   * @throws IllegalArgumentException when the text is not such a snapshot
   */
  public static SimulatorCore fromJson(String json) {
    Snapshot snapshot;
    try {
      snapshot = MAPPER.readValue(json, Snapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a simulator snapshot: "
              + e.getOriginalMessage()
              + "; delete the file (or run `hyperpod-prereqs simulator reset`) to start afresh",
          e);
    }
    if (snapshot.formatVersion != FORMAT_VERSION
        || snapshot.state == null
        || snapshot.clock == null) {
      throw new IllegalArgumentException(
          "simulator snapshot has formatVersion "
              + snapshot.formatVersion
              + " (expected "
              + FORMAT_VERSION
              + ") or lacks state/clock; delete the file to start afresh");
    }
    return new SimulatorCore(
        snapshot.state,
        new SimClock(snapshot.clock),
        IdGenerator.restore(
            snapshot.seed,
            snapshot.idPosition,
            snapshot.requestIdPosition,
            snapshot.fractionPosition));
  }

  /** The document a snapshot file holds. */
  private static final class Snapshot {
    int formatVersion;
    Instant clock;
    long seed;
    long idPosition;
    long requestIdPosition;
    long fractionPosition;
    SimulatorState state;
  }
}
