package io.hyperpod.prereqs.simulator.internal.ec2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The regions the simulator knows with their availability zones, and each account's own mapping of
 * zone names to zone ids: as in AWS, {@code us-west-2a} of one account may be {@code usw2-az3}
 * while another account's {@code us-west-2a} is {@code usw2-az1}. The mapping is drawn from the
 * simulator's seed and the account id, so it is the same every time (and after a reload). A region
 * the table does not list has no zones.
 */
public final class Zones {
  /** Each region's name as AWS's console writes it, for its zone group's long name. */
  private static final Map<String, String> LONG_NAMES =
      Map.ofEntries(
          Map.entry("us-east-1", "US East (N. Virginia)"),
          Map.entry("us-east-2", "US East (Ohio)"),
          Map.entry("us-west-1", "US West (N. California)"),
          Map.entry("us-west-2", "US West (Oregon)"),
          Map.entry("ca-central-1", "Canada (Central)"),
          Map.entry("sa-east-1", "South America (Sao Paulo)"),
          Map.entry("eu-central-1", "Europe (Frankfurt)"),
          Map.entry("eu-north-1", "Europe (Stockholm)"),
          Map.entry("eu-west-1", "Europe (Ireland)"),
          Map.entry("eu-west-2", "Europe (London)"),
          Map.entry("eu-west-3", "Europe (Paris)"),
          Map.entry("eu-south-2", "Europe (Spain)"),
          Map.entry("ap-south-1", "Asia Pacific (Mumbai)"),
          Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"),
          Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"),
          Map.entry("ap-southeast-3", "Asia Pacific (Jakarta)"),
          Map.entry("ap-southeast-4", "Asia Pacific (Melbourne)"),
          Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"),
          Map.entry("ap-northeast-2", "Asia Pacific (Seoul)"));

  /** Region, its AZ-id prefix, and the numbers of its zone ids. */
  private static final String TABLE =
      """
      us-east-1 use1 1 2 3 4 5 6
      us-east-2 use2 1 2 3
      us-west-1 usw1 1 3
      us-west-2 usw2 1 2 3 4
      ca-central-1 cac1 1 2 4
      sa-east-1 sae1 1 2 3
      eu-central-1 euc1 1 2 3
      eu-north-1 eun1 1 2 3
      eu-west-1 euw1 1 2 3
      eu-west-2 euw2 1 2 3
      eu-west-3 euw3 1 2 3
      eu-south-2 eus2 1 2 3
      ap-south-1 aps1 1 2 3
      ap-southeast-1 apse1 1 2 3
      ap-southeast-2 apse2 1 2 3
      ap-southeast-3 apse3 1 2 3
      ap-southeast-4 apse4 1 2 3
      ap-northeast-1 apne1 1 2 4
      ap-northeast-2 apne2 1 2 3 4
      """;

  private static final Map<String, List<String>> ZONE_IDS = table();

  private Zones() {}

  /** One zone as an account sees it. */
  public record Zone(String name, String id) {}

  /** The region's zones for this account, by name ({@code a}, {@code b}, ...). */
  public static List<Zone> of(long seed, String accountId, String region) {
    List<String> ids = new ArrayList<>(ZONE_IDS.getOrDefault(region, List.of()));
    Collections.shuffle(ids, new Random(mix(seed, accountId + "/" + region)));
    List<Zone> zones = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      zones.add(new Zone(region + (char) ('a' + i), ids.get(i)));
    }
    return zones;
  }

  /** The zone group of a region's availability zones, e.g. {@code us-east-1-zg-1}. */
  public static String groupName(String region) {
    return region + "-zg-1";
  }

  /** The zone group's long name, e.g. {@code US East (N. Virginia) 1}. */
  public static String groupLongName(String region) {
    return LONG_NAMES.getOrDefault(region, region) + " 1";
  }

  private static long mix(long seed, String text) {
    long h = seed ^ 0x9E3779B97F4A7C15L;
    for (char c : text.toCharArray()) {
      h = (h ^ c) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return h;
  }

  private static Map<String, List<String>> table() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    TABLE
        .lines()
        .map(line -> line.strip().split(" "))
        .forEach(
            f -> {
              List<String> ids = new ArrayList<>();
              for (int i = 2; i < f.length; i++) {
                ids.add(f[1] + "-az" + f[i]);
              }
              m.put(f[0], List.copyOf(ids));
            });
    return Collections.unmodifiableMap(m);
  }
}
