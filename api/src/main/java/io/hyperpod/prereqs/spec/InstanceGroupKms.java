package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The customer managed KMS key that encrypts an instance group's EBS volumes (spec key {@code
 * instanceGroups[].kms}, docs/kms.md): an existing key adopted by {@code keyId}, or a key the
 * stack creates ({@code create}). HyperPod takes such a key only with {@code
 * cluster.nodeProvisioningMode: Continuous}, and the key cannot be changed once the cluster
 * exists.
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableInstanceGroupKms.class)
@JsonDeserialize(as = ImmutableInstanceGroupKms.class)
@JsonPropertyOrder({"keyId", "create", "volumes"})
public interface InstanceGroupKms {
  /**
   * The key to adopt: a key id ({@code 1234abcd-12ab-34cd-56ef-1234567890ab}), a key ARN, an alias
   * name ({@code alias/my-key}) or an alias ARN, of the spec's region and account.
   *
   * @return the key reference, or empty when the stack creates the key
   */
  Optional<String> keyId();

  /**
   * {@return a key the stack creates, with its policy and the alias {@code
   * alias/hyperpod-prereqs/STACK/GROUP}}
   */
  Optional<KmsKeyCreate> create();

  /**
   * Which volumes the key encrypts; absent: the root volume, and the secondary volume when the
   * group has {@code ebsVolumeSizeGB}.
   *
   * @return the volumes, or empty for the default
   */
  Optional<List<KmsVolume>> volumes();

  /** A key the stack creates. */
  @Value.Immutable
  @SpecStyle
  @JsonSerialize(as = ImmutableKmsKeyCreate.class)
  @JsonDeserialize(as = ImmutableKmsKeyCreate.class)
  @JsonPropertyOrder({"description", "deletionWindowDays"})
  interface KmsKeyCreate {
    /** {@return the key's description; absent: one naming the stack and the instance group} */
    Optional<String> description();

    /**
     * The waiting period of {@code destroy}'s ScheduleKeyDeletion, 7 to 30 days (30 when absent):
     * until it ends the key can be recovered, and data it encrypted stays readable.
     *
     * @return the window in days, 7 to 30
     */
    @Value.Default
    default int deletionWindowDays() {
      return 30;
    }

    /**
     * {@return a new builder; {@code build()} names each required field left unset as a spec
     * problem}
     */
    static Builder builder() {
      return new Builder();
    }

    /** {@return a builder holding this value's fields, to build a changed copy} */
    default Builder toBuilder() {
      return builder().from(this);
    }

    /** Builds a {@link KmsKeyCreate}. */
    final class Builder extends ImmutableKmsKeyCreate.Builder
        implements SpecBuilder<Builder, KmsKeyCreate> {}
  }

  /**
   * Adopts the key with this id, ARN, alias name or alias ARN.
   *
   * @param keyId a key id, key ARN, alias name ({@code alias/...}) or alias ARN
   * @return the KMS setting that adopts that key
   */
  static InstanceGroupKms keyId(String keyId) {
    return builder().keyId(keyId).build();
  }

  /**
   * {@return a key the stack creates, with the default description and a 30-day deletion window}
   */
  static InstanceGroupKms newKey() {
    return builder().create(KmsKeyCreate.builder().build()).build();
  }

  /**
   * The volumes the key encrypts in a group whose secondary volume is there or not.
   *
   * @param hasSecondaryVolume whether the group has a secondary EBS volume ({@code
   *     ebsVolumeSizeGB})
   * @return {@link #volumes()} when given, else the root volume and the secondary one if present
   */
  default List<KmsVolume> volumesFor(boolean hasSecondaryVolume) {
    return volumes().orElse(hasSecondaryVolume
        ? List.of(KmsVolume.ROOT, KmsVolume.SECONDARY) : List.of(KmsVolume.ROOT));
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

  /** Builds a {@link InstanceGroupKms}. */
  final class Builder extends ImmutableInstanceGroupKms.Builder
      implements SpecBuilder<Builder, InstanceGroupKms> {
    /**
     * Builds the value with {@code KmsKeyCreate.builder()} and sets it.
     *
     * @param value sets the new key's fields on a fresh builder
     * @return this builder
     */
    public Builder create(Consumer<KmsKeyCreate.Builder> value) {
      return create(KmsKeyCreate.builder().applyMutation(value).build());
    }
  }
}
