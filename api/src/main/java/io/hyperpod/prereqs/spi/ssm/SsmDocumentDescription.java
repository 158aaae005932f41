package io.hyperpod.prereqs.spi.ssm;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An SSM document's metadata (DescribeDocument, and the answer of CreateDocument and
 * UpdateDocument): its versions and which one is in effect.
 */
@Value.Immutable
@ValueStyle
public interface SsmDocumentDescription {
  String name();

  String documentType();

  String documentFormat();

  /**
   * The version this description is about: the default version for DescribeDocument, the new
   * version for CreateDocument and UpdateDocument.
   */
  String documentVersion();

  /** {@return the version in effect (sessions use it)} UpdateDocument does not change it. */
  String defaultVersion();

  String latestVersion();

  /** {@code Creating}, {@code Active}, {@code Updating}, ... */
  String status();

  /** {@return the account id of the owner} */
  String owner();

  Instant createdDate();

  Map<String, String> tags();

  static ImmutableSsmDocumentDescription.Builder builder() {
    return ImmutableSsmDocumentDescription.builder();
  }
}
