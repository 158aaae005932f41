package io.hyperpod.prereqs.simulator.internal;

import java.util.Set;

/**
 * The regions of AWS's commercial partition (as of 2026), for the checks that name a region: S3's
 * {@code bucket-region} filter and location constraints.
 */
public final class AwsRegions {
  private static final Set<String> COMMERCIAL =
      Set.of(
          "us-east-1", "us-east-2", "us-west-1", "us-west-2",
          "af-south-1",
          "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
          "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
          "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
          "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
          "ca-central-1", "ca-west-1",
          "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
          "eu-south-1", "eu-south-2", "eu-north-1",
          "il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1");

  private AwsRegions() {}

  /** True for a region of the commercial partition. */
  public static boolean isRegion(String name) {
    return name != null && COMMERCIAL.contains(name);
  }
}
