package io.hyperpod.prereqs.spi.ssm;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** One version of an SSM document with its content (GetDocument). */
@Value.Immutable
@ValueStyle
public interface SsmDocument {
  /** {@return the document's name} */
  String name();

  /**
   * {@code Session}, {@code Command}, ...
   *
   * @return the document type
   */
  String documentType();

  /** {@return {@code JSON}, {@code YAML} or {@code TEXT}: the format of {@link #content()}} */
  String documentFormat();

  /** {@return the version number of this content, e.g. {@code 3}} */
  String documentVersion();

  /** {@return the document's content, in {@link #documentFormat()}} */
  String content();

  /**
   * {@code Active}, {@code Creating}, {@code Updating}, ...
   *
   * @return the document's status
   */
  String status();

  /** {@return a new builder with no field set} */
  static ImmutableSsmDocument.Builder builder() {
    return ImmutableSsmDocument.builder();
  }
}
