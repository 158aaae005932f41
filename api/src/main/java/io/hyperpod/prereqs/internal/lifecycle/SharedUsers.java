package io.hyperpod.prereqs.internal.lifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shared_users.txt} as the nodes read it ({@code user,uid,home} lines) and what makes
 * {@code add_users.sh} fail there: a malformed line, a name or uid twice, or a name or uid of the
 * image's own users (root 0, ubuntu 1000). The one rule for OS users and uids: the plan applies it
 * to the file it would upload ({@code users.refused-on-nodes}), verify to the uploaded file
 * ({@code lifecycle.shared-users}), and the simulator's readiness oracle to the cluster's.
 */
public final class SharedUsers {
  /** The image's users: name to uid. */
  public static final Map<String, Integer> IMAGE_USERS = Map.of("root", 0, "ubuntu", 1000);

  /** Why the nodes refuse one line: its 1-based number, its user, and which field is wrong. */
  public record Refusal(int line, String user, Field field, String message) {}

  /** The part of a line a refusal is about. */
  public enum Field { LINE, NAME, UID }

  private final Map<String, Integer> users;
  private final List<Refusal> refusals;

  private SharedUsers(Map<String, Integer> users, List<Refusal> refusals) {
    this.users = users;
    this.refusals = refusals;
  }

  public static SharedUsers parse(String text) {
    Map<String, Integer> users = new LinkedHashMap<>();
    Map<Integer, String> byUid = new HashMap<>();
    IMAGE_USERS.forEach((name, uid) -> byUid.put(uid, name));
    List<Refusal> problems = new ArrayList<>();
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
        problems.add(new Refusal(lineNo, f[0].strip(), Field.LINE,
            "line " + lineNo + " '" + line + "' is not user,uid,home"));
        continue;
      }
      String name = f[0].strip();
      if (IMAGE_USERS.containsKey(name)) {
        problems.add(new Refusal(lineNo, name, Field.NAME, "line " + lineNo + ": user " + name
            + " is the image's own user (uid " + IMAGE_USERS.get(name) + (name.equals("root")
                ? "" : ", a sudoer") + "), which add_users.sh cannot create again"));
      } else if (users.containsKey(name)) {
        problems.add(new Refusal(lineNo, name, Field.NAME,
            "line " + lineNo + ": user " + name + " is defined twice"));
      } else if (byUid.containsKey(uid)) {
        problems.add(new Refusal(lineNo, name, Field.UID, "line " + lineNo + ": uid " + uid
            + " of " + name + " is taken by " + byUid.get(uid)
            + (IMAGE_USERS.containsKey(byUid.get(uid)) ? " on the HyperPod images" : "")));
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
      return new SharedUsers(Map.of(), List.of(new Refusal(1, "", Field.LINE,
          "shared_users.yaml is not a {\"users\": [...]} document")));
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
    return refusals.stream().map(Refusal::message).toList();
  }

  /** The same, line by line. */
  public List<Refusal> refusals() {
    return refusals;
  }

  /** Whether an OS user exists on a node: the image's users and those the file adds. */
  public boolean exists(String osUser) {
    return users.containsKey(osUser) || IMAGE_USERS.containsKey(osUser);
  }
}
