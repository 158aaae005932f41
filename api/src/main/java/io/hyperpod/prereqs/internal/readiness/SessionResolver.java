package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.internal.lifecycle.SharedUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.policy.Decision;
import java.util.Map;
import java.util.Optional;

/**
 * How Session Manager starts a session on a HyperPod node for a principal: allowed only if it may
 * {@code ssm:StartSession}; with Run As on, as the OS user of its {@code SSMSessionRunAs} tag,
 * else as the preferences' default user; refused when that user does not exist on the node or is
 * root. With Run As off, as {@code ssm-user}.
 */
public final class SessionResolver {
  /** The tag that names a principal's OS user. */
  public static final String RUN_AS_TAG = "SSMSessionRunAs";

  /** The user Session Manager runs as without Run As. */
  public static final String SSM_USER = "ssm-user";

  private SessionResolver() {}

  /**
   * The outcome of one StartSession.
   *
   * @param osUser the OS user the session runs as, when it starts
   * @param problem why it is refused, when it is
   * @param accessDenied true when the refusal is a missing permission (AccessDeniedException)
   * @param evidence the evaluator's answer and where the OS user came from
   */
  public record Outcome(
      Optional<String> osUser, Optional<String> problem, boolean accessDenied, String evidence) {
    public boolean started() {
      return problem.isEmpty();
    }
  }

  /** The Run As settings of the preferences document content (JSON or YAML). */
  public record Preferences(boolean runAsEnabled, Optional<String> defaultUser) {
    public static Preferences of(Optional<String> content) {
      if (content.isEmpty()) {
        return new Preferences(false, Optional.empty());
      }
      JsonNode inputs;
      try {
        inputs = Json.parse(content.get()).path("inputs");
      } catch (RuntimeException e) {
        return new Preferences(false, Optional.empty());
      }
      JsonNode enabled = inputs.path("runAsEnabled");
      boolean on =
          enabled.isBoolean() ? enabled.booleanValue() : "true".equalsIgnoreCase(enabled.asText());
      String user = inputs.path("runAsDefaultUser").asText("");
      return new Preferences(on, user.isBlank() ? Optional.empty() : Optional.of(user));
    }
  }

  /**
   * Resolves a session of {@code who} on a node of the cluster ({@code clusterArn}) whose OS
   * users are {@code nodeUsers}.
   */
  public static Outcome resolve(
      Principal who,
      String clusterArn,
      Preferences prefs,
      SharedUsers nodeUsers) {
    String resource = clusterArn;
    Decision d = Permissions.ask(who, "ssm:StartSession", resource, Optional.empty(), Optional.empty(), Map.of());
    String evidence = Permissions.say("ssm:StartSession", resource, d);
    if (!d.allowed()) {
      return new Outcome(
          Optional.empty(),
          Optional.of(
              "User: "
                  + who.arn()
                  + " is not authorized to perform: ssm:StartSession on resource: "
                  + resource
                  + " because no identity-based policy allows the ssm:StartSession action"),
          true,
          evidence);
    }
    if (!prefs.runAsEnabled()) {
      return new Outcome(
          Optional.of(SSM_USER),
          Optional.empty(),
          false,
          evidence + "; Run As is off in " + "SSM-SessionManagerRunShell: runs as " + SSM_USER);
    }
    Optional<String> tag = who.tag(RUN_AS_TAG);
    Optional<String> user = tag.or(prefs::defaultUser);
    String source =
        tag.isPresent()
            ? "its " + RUN_AS_TAG + " tag"
            : prefs.defaultUser().isPresent() ? "the preferences' runAsDefaultUser" : "nothing";
    if (user.isEmpty()) {
      return new Outcome(
          Optional.empty(),
          Optional.of(
              "Run As is on but "
                  + who.label()
                  + " has no "
                  + RUN_AS_TAG
                  + " tag and the preferences have no runAsDefaultUser"),
          false,
          evidence);
    }
    String os = user.get();
    if (os.equals("root")) {
      return new Outcome(
          Optional.empty(),
          Optional.of("Run As user root is not allowed (from " + source + ")"),
          false,
          evidence);
    }
    if (!nodeUsers.exists(os)) {
      return new Outcome(
          Optional.empty(),
          Optional.of(
              "failed to start pty since RunAs user "
                  + os
                  + " does not exist (from "
                  + source
                  + "; the nodes have "
                  + String.join(", ", nodeUsers.users().keySet())
                  + (nodeUsers.users().isEmpty() ? "" : ", ")
                  + "ubuntu)"),
          false,
          evidence);
    }
    return new Outcome(
        Optional.of(os), Optional.empty(), false, evidence + "; runs as " + os + " (from " + source + ")");
  }
}
