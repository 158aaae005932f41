package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import org.immutables.value.Value;

/** A person who creates and manages clusters: an IAM user given the cluster-admin policy. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableClusterAdmin.class)
@JsonDeserialize(as = ImmutableClusterAdmin.class)
@JsonPropertyOrder({"iamUser", "sageMakerFullAccess"})
public interface ClusterAdmin {
  /** {@return the IAM user name; created if missing, adopted if it exists} */
  String iamUser();

  /**
   * Also attach the AWS managed policy AmazonSageMakerFullAccess.
   *
   * @return whether AmazonSageMakerFullAccess is attached too; {@code false} by default
   */
  @Value.Default
  default boolean sageMakerFullAccess() {
    return false;
  }


  /**
   * An admin by IAM user name, without AmazonSageMakerFullAccess.
   *
   * @param iamUser the IAM user's name, e.g. {@code alice}; created when missing
   * @return the admin
   */
  static ClusterAdmin of(String iamUser) {
    return builder().iamUser(iamUser).build();
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

  /** Builds a {@link ClusterAdmin}. */
  final class Builder extends ImmutableClusterAdmin.Builder
      implements SpecBuilder<Builder, ClusterAdmin> {}
}
