package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/** A person who creates and manages clusters: an IAM user given the cluster-admin policy. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableClusterAdmin.class)
@JsonDeserialize(as = ImmutableClusterAdmin.class)
@JsonPropertyOrder({"iamUser", "sageMakerFullAccess"})
public interface ClusterAdmin {
  /** The IAM user name; created if missing, adopted if it exists. */
  String iamUser();

  /** Also attach the AWS managed policy AmazonSageMakerFullAccess. */
  @Value.Default
  default boolean sageMakerFullAccess() {
    return false;
  }

  static ImmutableClusterAdmin.Builder builder() {
    return ImmutableClusterAdmin.builder();
  }

  static ClusterAdmin of(String iamUser) {
    return builder().iamUser(iamUser).build();
  }
}
