package io.hyperpod.prereqs.spi.ssm;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** One version of an SSM document with its content (GetDocument). */
@Value.Immutable
@ValueStyle
public interface SsmDocument {
  String name();

  /** {@code Session}, {@code Command}, ... */
  String documentType();

  /** {@return {@code JSON}, {@code YAML} or {@code TEXT}: the format of {@link #content()}} */
  String documentFormat();

  /** {@return the version number of this content, e.g. {@code 3}} */
  String documentVersion();

  String content();

  /** {@code Active}, {@code Creating}, {@code Updating}, ... */
  String status();

  static ImmutableSsmDocument.Builder builder() {
    return ImmutableSsmDocument.builder();
  }
}
