package io.hyperpod.prereqs.simulator.internal.s3;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every bucket of the partition, by name: bucket names are global across accounts, so this store
 * sits beside the accounts rather than in one of them.
 */
public final class S3Store {
  private TreeMap<String, BucketRecord> buckets = new TreeMap<>();

  public Optional<BucketRecord> bucket(String name) {
    return Optional.ofNullable(buckets.get(name));
  }

  /** The buckets an account owns, by name. */
  public List<BucketRecord> ownedBy(String accountId) {
    return buckets.values().stream()
        .filter(b -> b.ownerAccountId.equals(accountId))
        .sorted(Comparator.comparing(BucketRecord::name))
        .collect(Collectors.toList());
  }

  void put(BucketRecord bucket) {
    buckets.put(bucket.name, bucket);
  }

  void remove(String name) {
    buckets.remove(name);
  }
}
