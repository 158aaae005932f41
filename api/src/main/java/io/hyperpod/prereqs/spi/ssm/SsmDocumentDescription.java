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
  /** {@return the document's name} */
  String name();

  /** {@return the document type, e.g. {@code Session}} */
  String documentType();

  /** {@return the format of the content, {@code JSON} or {@code YAML}} */
  String documentFormat();

  /**
   * The version this description is about: the default version for DescribeDocument, the new
   * version for CreateDocument and UpdateDocument.
   *
   * @return the version number, e.g. {@code 1}
   */
  String documentVersion();

  /** {@return the version in effect (sessions use it)} UpdateDocument does not change it. */
  String defaultVersion();

  /** {@return the newest version} */
  String latestVersion();

  /**
   * {@code Creating}, {@code Active}, {@code Updating}, ...
   *
   * @return the document's status
   */
  String status();

  /** {@return the account id of the owner} */
  String owner();

  /** {@return when the document was created} */
  Instant createdDate();

  /** {@return the document's tags} */
  Map<String, String> tags();

  /** {@return a new builder with no field set} */
  static ImmutableSsmDocumentDescription.Builder builder() {
    return ImmutableSsmDocumentDescription.builder();
  }
}
