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
  String id();

  Severity severity();

  Optional<ResourceAddress> address();

  String message();

  String fix();

  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  static Finding error(String id, ResourceAddress address, String message, String fix) {
    return builder().id(id).severity(Severity.ERROR).address(address).message(message).fix(fix)
        .build();
  }

  static Finding warning(String id, ResourceAddress address, String message, String fix) {
    return builder().id(id).severity(Severity.WARNING).address(address).message(message).fix(fix)
        .build();
  }

  static Finding info(String id, ResourceAddress address, String message, String fix) {
    return builder().id(id).severity(Severity.INFO).address(address).message(message).fix(fix)
        .build();
  }
}
