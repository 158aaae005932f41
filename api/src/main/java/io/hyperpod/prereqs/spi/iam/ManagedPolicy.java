package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/** A managed policy (customer or AWS) and the document of its default version. */
@Value.Immutable
@ValueStyle
public interface ManagedPolicy {
  String name();

  String arn();

  /** ANPA... */
  String policyId();

  @Value.Default
  default String path() {
    return "/";
  }

  String defaultVersionId();

  /** {@return the default version's document, decoded JSON} */
  String defaultDocument();

  int attachmentCount();

  /** {@return how many versions it has (1 to 5)} */
  int versionCount();

  Instant createDate();

  Map<String, String> tags();

  /** {@return whether AWS owns it ({@code arn:aws:iam::aws:policy/...})} */
  @Value.Derived
  default boolean awsManaged() {
    return arn().contains(":iam::aws:policy/");
  }

  static ImmutableManagedPolicy.Builder builder() {
    return ImmutableManagedPolicy.builder();
  }
}
