package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.spi.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns AWS's "not found" answer of a read into an empty {@link Optional}, as the SPI's finders
 * want.
 */
public final class Absent {
  private Absent() {}

  /**
   * The read's answer, or empty when it failed with this "not found" error code (and only that one:
   * NoSuchBucket on a GetObject still fails).
   */
  public static <T> Optional<T> when(String errorCode, Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (NotFoundException e) {
      if (e.errorCode().equals(errorCode)) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
