package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What an EC2 Describe call asks for: ids ({@code VpcId.N}, ...) and filters ({@code Filter.N}), as
 * AWS takes them. Values of one filter are alternatives; different filters must all match; {@code
 * *} and {@code ?} are wildcards in filter values. Naming an id that does not exist fails the whole
 * call with the type's NotFound code, while a filter on the id ({@code vpc-id}, {@code subnet-id},
 * {@code group-id}, ...) answers only those that exist, which is what a batch read of resources
 * that may be gone wants. An empty query answers everything.
 */
@Value.Immutable
@ValueStyle
public interface Ec2Query {
  /** {@return the ids asked for, e.g. {@code vpc-0a1b...}; empty for no id restriction} */
  List<String> ids();

  /** {@return the filters, by name, each with its alternative values} */
  Map<String, List<String>> filters();

  /** {@return a query without ids or filters: everything of the type} */
  static Ec2Query all() {
    return ImmutableEc2Query.builder().build();
  }

  /**
   * These ids; fails when one does not exist.
   *
   * @param ids the resources' ids
   * @return a query for exactly these resources
   */
  static Ec2Query ids(Collection<String> ids) {
    return ImmutableEc2Query.builder().ids(ids).build();
  }

  /**
   * One filter, e.g. {@code filter("vpc-id", List.of("vpc-0a..."))}.
   *
   * @param name the filter's name, e.g. {@code vpc-id} or {@code tag:hyperpod-prereqs:stack}
   * @param values the filter's values, alternatives of each other
   * @return a query with that one filter
   */
  static Ec2Query filter(String name, Collection<String> values) {
    return all().and(name, values);
  }

  /**
   * Resources carrying the tag with this value ({@code tag:KEY} filter).
   *
   * @param key the tag's key
   * @param value the tag's value
   * @return a query with that tag filter
   */
  static Ec2Query tagged(String key, String value) {
    return filter("tag:" + key, List.of(value));
  }

  /**
   * This query and one more filter.
   *
   * @param name the filter's name
   * @param values the filter's values, alternatives of each other
   * @return a new query with this one's ids and filters and that filter
   */
  default Ec2Query and(String name, Collection<String> values) {
    return ImmutableEc2Query.builder().from(this).putFilter(name, List.copyOf(values)).build();
  }
}
