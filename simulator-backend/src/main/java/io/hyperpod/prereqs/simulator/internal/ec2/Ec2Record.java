package io.hyperpod.prereqs.simulator.internal.ec2;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every taggable EC2 resource in the store has: its id and its tags. Mutable state. */
public abstract class Ec2Record {
  String id;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();

  public String id() {
    return id;
  }

  public Map<String, String> tags() {
    return tags;
  }

  /** DescribeTags' resource type: {@code vpc}, {@code subnet}, {@code security-group}, ... */
  abstract String resourceType();
}
