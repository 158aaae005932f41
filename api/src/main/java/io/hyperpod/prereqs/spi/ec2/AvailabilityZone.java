package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An availability zone of the backend's region as the caller's account sees it: the name ({@code
 * us-west-2a}) is the account's own label, the id ({@code usw2-az2}) names the same physical zone
 * in every account.
 */
@Value.Immutable
@ValueStyle
public interface AvailabilityZone {
  String zoneName();

  String zoneId();

  String regionName();

  /** {@code available}, {@code impaired}, ... */
  @Value.Default
  default String state() {
    return "available";
  }

  /** {@return {@code availability-zone}, {@code local-zone} or {@code wavelength-zone}} */
  @Value.Default
  default String zoneType() {
    return "availability-zone";
  }

  static AvailabilityZone of(String zoneName, String zoneId, String regionName) {
    return ImmutableAvailabilityZone.builder()
        .zoneName(zoneName)
        .zoneId(zoneId)
        .regionName(regionName)
        .build();
  }
}
