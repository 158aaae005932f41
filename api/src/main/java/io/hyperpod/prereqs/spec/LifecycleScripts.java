package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import org.immutables.value.Value;

/** Where the generated lifecycle scripts go: {@code s3://BUCKET/PREFIX/}. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableLifecycleScripts.class)
@JsonDeserialize(as = ImmutableLifecycleScripts.class)
@JsonPropertyOrder({"bucket", "prefix"})
public interface LifecycleScripts {
  /**
   * Must start with {@code sagemaker-}: the execution role's managed policy reads only those.
   *
   * @return the bucket's name, e.g. {@code sagemaker-ml-lifecycle}
   */
  String bucket();

  /** {@return the key prefix of the scripts; {@code hyperpod/lifecycle} when not given} */
  @Value.Default
  default String prefix() {
    return "hyperpod/lifecycle";
  }

  /** {@return {@code s3://bucket/prefix}: CreateCluster's {@code LifeCycleConfig.SourceS3Uri}} */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String sourceS3Uri() {
    String p = prefix().replaceAll("^/+|/+$", "");
    return p.isEmpty() ? "s3://" + bucket() : "s3://" + bucket() + "/" + p;
  }

  /**
   * The object key of a file under the prefix.
   *
   * @param fileName a file's name, e.g. {@code on_create.sh}
   * @return the file's object key, e.g. {@code hyperpod/lifecycle/on_create.sh}
   */
  default String key(String fileName) {
    String p = prefix().replaceAll("^/+|/+$", "");
    return p.isEmpty() ? fileName : p + "/" + fileName;
  }

  /**
   * The scripts under {@code s3://bucket/prefix/}.
   *
   * @param bucket the bucket's name, starting with {@code sagemaker-}
   * @param prefix the key prefix of the scripts, e.g. {@code hyperpod/lifecycle}
   * @return the lifecycle scripts setting
   */
  static LifecycleScripts of(String bucket, String prefix) {
    return builder().bucket(bucket).prefix(prefix).build();
  }

  /**
   * {@return a new builder; {@code build()} names each required field left unset as a spec problem}
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link LifecycleScripts}. */
  final class Builder extends ImmutableLifecycleScripts.Builder
      implements SpecBuilder<Builder, LifecycleScripts> {}
}
