package io.hyperpod.prereqs.simulator.internal.iam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An IAM instance profile in the store: name, id, path, tags and its role (at most one). */
public final class InstanceProfileRecord {
  String name;
  String id;
  String path;
  Instant createDate;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  List<String> roleNames = new ArrayList<>();

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

  public List<String> roleNames() {
    return roleNames;
  }
}
