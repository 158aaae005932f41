package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One tag of one EC2 resource (DescribeTags): how the engine finds, in one call, everything a stack
 * created.
 */
@Value.Immutable
@ValueStyle
public interface TagDescription {
  String resourceId();

  /** {@code vpc}, {@code subnet}, {@code security-group}, {@code vpc-endpoint}, ... */
  String resourceType();

  String key();

  String value();

  static TagDescription of(String resourceId, String resourceType, String key, String value) {
    return ImmutableTagDescription.builder()
        .resourceId(resourceId)
        .resourceType(resourceType)
        .key(key)
        .value(value)
        .build();
  }
}
