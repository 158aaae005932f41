package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * An AWS-managed prefix list of a service (DescribePrefixLists), e.g. S3's ({@code
 * com.amazonaws.us-west-2.s3}): the destination of a gateway endpoint's routes and a peer that
 * security group rules can name.
 */
@Value.Immutable
@ValueStyle
public interface PrefixList {
  /** {@return {@code pl-...}} */
  String prefixListId();

  /** {@return the service name, e.g. {@code com.amazonaws.us-west-2.s3}} */
  String prefixListName();

  /** {@return the IPv4 blocks the list stands for} */
  List<String> cidrs();

  /** {@return a new builder with no field set} */
  static ImmutablePrefixList.Builder builder() {
    return ImmutablePrefixList.builder();
  }
}
