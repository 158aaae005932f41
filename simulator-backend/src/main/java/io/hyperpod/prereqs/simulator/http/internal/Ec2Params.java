package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.spi.ec2.ImmutableIpPermission;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * EC2's request shapes: {@code Filter.N.Name}/{@code Filter.N.Value.M}, {@code
 * TagSpecification.N.Tag.M}, {@code Tag.N}, {@code IpPermissions.N} (one {@link IpPermission} per
 * peer), and {@code MaxResults}/{@code NextToken} paging of Describe calls.
 */
final class Ec2Params {
  private static final Map<String, String> PROTOCOL_NUMBERS =
      Map.of("6", "tcp", "17", "udp", "1", "icmp", "58", "icmpv6");

  private Ec2Params() {}

  /** {@code Filter.N}: name to values, in order. */
  static Map<String, List<String>> filters(QueryParams params) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (QueryParams filter : params.flatMembers("Filter")) {
      filters
          .computeIfAbsent(filter.required("Name"), n -> new ArrayList<>())
          .addAll(filter.flatList("Value"));
    }
    return filters;
  }

  /** The tags of every {@code TagSpecification.N} (the resource type is the call's). */
  static Map<String, String> tagSpecifications(QueryParams params) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (QueryParams specification : params.flatMembers("TagSpecification")) {
      tags.putAll(tags(specification, "Tag"));
    }
    return tags;
  }

  /** {@code Name.N.Key} / {@code Name.N.Value}. */
  static Map<String, String> tags(QueryParams params, String name) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (QueryParams tag : params.flatMembers(name)) {
      tags.put(tag.required("Key"), tag.get("Value", ""));
    }
    return tags;
  }

  /**
   * {@code IpPermissions.N}, or the old flat form ({@code IpProtocol}, {@code FromPort}, {@code
   * ToPort}, {@code CidrIp}): one permission per peer (group, IPv4 or IPv6 range, prefix list).
   */
  static List<IpPermission> ipPermissions(QueryParams params) {
    List<IpPermission> permissions = new ArrayList<>();
    List<QueryParams> listed = params.flatMembers("IpPermissions");
    if (listed.isEmpty() && params.has("IpProtocol")) {
      permission(params, b -> b.cidrIpv4(params.required("CidrIp")), permissions);
    }
    for (QueryParams p : listed) {
      int before = permissions.size();
      p.flatMembers("Groups")
          .forEach(g -> permission(p, b -> b.referencedGroupId(g.required("GroupId")), permissions));
      p.flatMembers("IpRanges")
          .forEach(r -> permission(p, b -> b.cidrIpv4(r.required("CidrIp")), permissions));
      p.flatMembers("Ipv6Ranges")
          .forEach(r -> permission(p, b -> b.cidrIpv6(r.required("CidrIpv6")), permissions));
      p.flatMembers("PrefixListIds")
          .forEach(
              r -> permission(p, b -> b.prefixListId(r.required("PrefixListId")), permissions));
      if (permissions.size() == before) {
        throw AwsError.EC2_MISSING_PARAMETER.exception(
            "Each IpPermissions entry needs a peer: Groups, IpRanges, Ipv6Ranges or"
                + " PrefixListIds (entry with protocol "
                + p.get("IpProtocol")
                + ")");
      }
    }
    return permissions;
  }

  private static void permission(
      QueryParams p, Consumer<ImmutableIpPermission.Builder> peer, List<IpPermission> out) {
    String protocol = p.required("IpProtocol").toLowerCase(Locale.ROOT);
    protocol = PROTOCOL_NUMBERS.getOrDefault(protocol, protocol);
    ImmutableIpPermission.Builder builder = IpPermission.builder().protocol(protocol);
    if (!protocol.equals(IpPermission.ALL_PROTOCOLS)) {
      builder.fromPort(java.util.Optional.ofNullable(p.integer("FromPort")));
      builder.toPort(java.util.Optional.ofNullable(p.integer("ToPort")));
    }
    peer.accept(builder);
    try {
      out.add(builder.build());
    } catch (IllegalArgumentException e) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "Invalid IpPermissions: " + e.getMessage());
    }
  }

  /**
   * A Describe answer: one page of {@code all} (ordered by {@code key}) in {@code <setName>}, each
   * item written by {@code item}, then {@code <nextToken>} when more pages follow.
   */
  static <T> void describe(
      Xml x,
      QueryParams params,
      String setName,
      List<T> all,
      Function<T, String> key,
      Consumer<T> item) {
    MarkerPage<T> page = page(all, key, params);
    x.start(setName);
    page.items().forEach(item);
    x.end().element("nextToken", page.nextMarker());
  }

  /**
   * One page of a Describe answer ({@code MaxResults} 5 to 1000; without it, everything), items
   * ordered by {@code key}.
   */
  private static <T> MarkerPage<T> page(List<T> items, Function<T, String> key, QueryParams params) {
    Integer max = params.integer("MaxResults");
    if (max != null && (max < 5 || max > 1000)) {
      throw AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
          "Value ( " + max + " ) for parameter maxResults is invalid. Expecting a value between"
              + " 5 and 1000.");
    }
    return MarkerPage.of(
        items,
        key,
        params.get("NextToken"),
        max,
        Integer.MAX_VALUE,
        () ->
            AwsError.EC2_INVALID_PARAMETER_VALUE.exception(
                "The token '" + params.get("NextToken") + "' is invalid; pass the nextToken of"
                    + " the previous answer."));
  }
}
