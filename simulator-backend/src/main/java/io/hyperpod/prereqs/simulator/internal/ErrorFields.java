package io.hyperpod.prereqs.simulator.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The elements an AWS error answer carries besides its code and message, as AWS names them (S3's
 * {@code ArgumentName}/{@code ArgumentValue}, {@code ActualObjectSize}/{@code RangeRequested},
 * {@code LocationConstraint}, {@code TagKey}, {@code Key}/{@code VersionId}, ...). It rides, like
 * {@link SimulatorReason}, in the cause chain of the {@link io.hyperpod.prereqs.spi.CloudException};
 * a null value is an element AWS sends empty. It carries no stack trace.
 */
public final class ErrorFields extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> fields;

  ErrorFields(Map<String, String> fields, Throwable cause) {
    super("error fields " + fields.keySet(), cause, false, false);
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The fields a failure carries, in AWS's order; empty when it carries none. */
  public static Map<String, String> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ErrorFields) {
        return ((ErrorFields) t).fields;
      }
    }
    return Map.of();
  }
}
