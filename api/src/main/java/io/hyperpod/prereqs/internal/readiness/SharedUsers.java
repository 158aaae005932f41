package io.hyperpod.prereqs.internal.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shared_users.txt} as the nodes read it ({@code user,uid,home} lines) and what makes
 * {@code add_users.sh} fail there: a malformed line, a name or uid twice, or a uid the image's
 * own users hold (root 0, ubuntu 1000).
 */
public final class SharedUsers {
  /** The image's users: name to uid. */
  public static final Map<String, Integer> IMAGE_USERS = Map.of("root", 0, "ubuntu", 1000);

  private final Map<String, Integer> users;
  private final List<String> problems;

  private SharedUsers(Map<String, Integer> users, List<String> problems) {
    this.users = users;
    this.problems = problems;
  }

  public static SharedUsers parse(String text) {
    Map<String, Integer> users = new LinkedHashMap<>();
    Map<Integer, String> byUid = new HashMap<>();
    IMAGE_USERS.forEach((name, uid) -> byUid.put(uid, name));
    List<String> problems = new ArrayList<>();
    int lineNo = 0;
    for (String raw : text.split("\n")) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",");
      int uid;
      try {
        uid = Integer.parseInt(f.length >= 2 ? f[1].strip() : "");
      } catch (NumberFormatException e) {
        problems.add("line " + lineNo + " '" + line + "' is not user,uid,home");
        continue;
      }
      String name = f[0].strip();
      if (users.containsKey(name) || IMAGE_USERS.containsKey(name)) {
        problems.add("line " + lineNo + ": user " + name + " is defined twice");
      } else if (byUid.containsKey(uid)) {
        problems.add(
            "line " + lineNo + ": uid " + uid + " of " + name + " is taken by " + byUid.get(uid));
      } else {
        users.put(name, uid);
        byUid.put(uid, name);
      }
    }
    return new SharedUsers(users, List.copyOf(problems));
  }

  /**
   * The users extension's {@code shared_users.yaml} (a JSON document {@code {"users": [{"name",
   * "uid", "home", "groups"}]}}) as the nodes read it, with the same rules.
   */
  public static SharedUsers parseYaml(String text) {
    StringBuilder lines = new StringBuilder();
    try {
      com.fasterxml.jackson.databind.JsonNode doc = io.hyperpod.prereqs.internal.json.Json.parse(text);
      for (com.fasterxml.jackson.databind.JsonNode u : doc.path("users")) {
        lines.append(u.path("name").asText("")).append(',').append(u.path("uid").asText(""))
            .append(',').append(u.path("home").asText("")).append('\n');
      }
    } catch (RuntimeException e) {
      return new SharedUsers(Map.of(), List.of("shared_users.yaml is not a {\"users\": [...]} document"));
    }
    return parse(lines.toString());
  }

  /** The file of a lifecycle prefix by its name: {@code shared_users.yaml} or {@code .txt}. */
  public static SharedUsers parse(String fileName, String text) {
    return fileName.endsWith(".yaml") ? parseYaml(text) : parse(text);
  }

  /** The users the file adds, name to uid. */
  public Map<String, Integer> users() {
    return users;
  }

  /** Why {@code add_users.sh} fails on this file; empty when it runs. */
  public List<String> problems() {
    return problems;
  }

  /** Whether an OS user exists on a node: the image's users and those the file adds. */
  public boolean exists(String osUser) {
    return users.containsKey(osUser) || IMAGE_USERS.containsKey(osUser);
  }
}
