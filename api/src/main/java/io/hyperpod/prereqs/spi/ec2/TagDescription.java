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
  /** {@return the tagged resource's id, e.g. {@code vpc-0a1b...}} */
  String resourceId();

  /**
   * {@code vpc}, {@code subnet}, {@code security-group}, {@code vpc-endpoint}, ...
   *
   * @return the resource's type
   */
  String resourceType();

  /** {@return the tag's key} */
  String key();

  /** {@return the tag's value} */
  String value();

  /**
   * A tag of one resource.
   *
   * @param resourceId the resource's id
   * @param resourceType the resource's type, e.g. {@code vpc}
   * @param key the tag's key
   * @param value the tag's value
   * @return the tag description
   */
  static TagDescription of(String resourceId, String resourceType, String key, String value) {
    return ImmutableTagDescription.builder()
        .resourceId(resourceId)
        .resourceType(resourceType)
        .key(key)
        .value(value)
        .build();
  }
}
