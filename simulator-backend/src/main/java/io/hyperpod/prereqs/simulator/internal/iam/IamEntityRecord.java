package io.hyperpod.prereqs.simulator.internal.iam;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What IAM's named entities share: name, unique id, path, creation date and tags. Mutable. */
public abstract class IamEntityRecord {
  String name;
  String id;
  String path;
  Instant createDate;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();

  public String name() {
    return name;
  }

  public String id() {
    return id;
  }

  public String path() {
    return path;
  }

  public Instant createDate() {
    return createDate;
  }

  public Map<String, String> tags() {
    return tags;
  }
}
