package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** An EBS volume of an instance group that a customer managed KMS key can encrypt. */
public enum KmsVolume {
  /**
   * The root volume: CreateCluster's {@code EbsVolumeConfig} with {@code RootVolume: true} and
   * {@code VolumeKmsKeyId} (and no size: HyperPod sizes the root volume itself).
   */
  ROOT("root"),
  /** The secondary volume of {@code ebsVolumeSizeGB}: its {@code EbsVolumeConfig.VolumeKmsKeyId}. */
  SECONDARY("secondary");

  private final String value;

  KmsVolume(String value) {
    this.value = value;
  }

  /** {@return the spec's word: {@code root} or {@code secondary}} */
  @JsonValue
  public String value() {
    return value;
  }
}
