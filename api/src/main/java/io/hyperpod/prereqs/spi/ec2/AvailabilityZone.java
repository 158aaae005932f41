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
  /** {@return the zone's name in this account, e.g. {@code us-west-2a}} */
  String zoneName();

  /** {@return the zone's id, the same physical zone in every account, e.g. {@code usw2-az1}} */
  String zoneId();

  /** {@return the zone's region, e.g. {@code us-west-2}} */
  String regionName();

  /**
   * {@code available}, {@code impaired}, ...
   *
   * @return the zone's state; {@code available} by default
   */
  @Value.Default
  default String state() {
    return "available";
  }

  /** {@return {@code availability-zone}, {@code local-zone} or {@code wavelength-zone}} */
  @Value.Default
  default String zoneType() {
    return "availability-zone";
  }

  /**
   * A zone of a region.
   *
   * @param zoneName the zone's name in this account, e.g. {@code us-west-2a}
   * @param zoneId the zone's id, e.g. {@code usw2-az1}
   * @param regionName the region's name, e.g. {@code us-west-2}
   * @return the zone, {@code available}
   */
  static AvailabilityZone of(String zoneName, String zoneId, String regionName) {
    return ImmutableAvailabilityZone.builder()
        .zoneName(zoneName)
        .zoneId(zoneId)
        .regionName(regionName)
        .build();
  }
}
