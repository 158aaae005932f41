package io.hyperpod.prereqs.simulator.internal.iam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What IAM users and roles share: name, unique id, path, tags and policies. Mutable state. */
public abstract class PrincipalRecord {
  String name;
  String id;
  String path;
  Instant createDate;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  List<String> attachedPolicyArns = new ArrayList<>();
  LinkedHashMap<String, String> inlinePolicies = new LinkedHashMap<>();

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

  public List<String> attachedPolicyArns() {
    return attachedPolicyArns;
  }

  public Map<String, String> inlinePolicies() {
    return inlinePolicies;
  }
}
