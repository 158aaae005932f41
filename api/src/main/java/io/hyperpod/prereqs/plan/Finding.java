package io.hyperpod.prereqs.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A check's result: a stable id (e.g. {@code bucket.prefix}), a severity, the resource it is
 * about, what is wrong and what to change.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
@JsonPropertyOrder({"id", "severity", "address", "message", "fix"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public interface Finding {
  /**
   * The finding's id, e.g. {@code quota.shortfall} (README, Checks).
   *
   * @return the id, stable across runs and versions; docs/findings.md lists them all
   */
  String id();

  /** {@return how serious it is: an error blocks apply} */
  Severity severity();

  /** {@return the resource it is about, if one} */
  Optional<ResourceAddress> address();

  /** {@return what was found} */
  String message();

  /** {@return what to do about it} */
  String fix();

  /** {@return a new builder} */
  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default ImmutableFinding.Builder toBuilder() {
    return ImmutableFinding.builder().from(this);
  }

  /**
   * An error finding (it blocks apply); {@code address} may be null.
   *
   * @param id the finding's id, e.g. {@code quota.shortfall}
   * @param address the resource it is about, or {@code null} for the spec or account as a whole
   * @param message what was found, in words
   * @param fix what to do about it
   * @return an error finding
   */
  static Finding error(String id, ResourceAddress address, String message, String fix) {
    return builder().id(id).severity(Severity.ERROR).address(address).message(message).fix(fix)
        .build();
  }

  /**
   * A warning finding; {@code address} may be null.
   *
   * @param id the finding's id, e.g. {@code s3.bucket.versioning}
   * @param address the resource it is about, or {@code null}
   * @param message what was found, in words
   * @param fix what to do about it
   * @return a warning finding
   */
  static Finding warning(String id, ResourceAddress address, String message, String fix) {
    return builder().id(id).severity(Severity.WARNING).address(address).message(message).fix(fix)
        .build();
  }

  /**
   * An informational finding; {@code address} may be null.
   *
   * @param id the finding's id
   * @param address the resource it is about, or {@code null}
   * @param message what was found, in words
   * @param fix what to do, if anything
   * @return an informational finding
   */
  static Finding info(String id, ResourceAddress address, String message, String fix) {
    return builder().id(id).severity(Severity.INFO).address(address).message(message).fix(fix)
        .build();
  }
}
