package io.hyperpod.prereqs.internal.lifecycle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.LifecycleMode;
import io.hyperpod.prereqs.spec.SlurmNodeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lifecycle scripts the stack uploads (facts §4.2-§4.3): our own {@code on_create.sh} and
 * {@code add_users.sh}, {@code shared_users.txt} from the cluster users, and
 * {@code provisioning_parameters.json} from the instance groups and FSx.
 */
public final class LifecycleFiles {
  public static final String ON_CREATE = "on_create.sh";
  public static final String ADD_USERS = "add_users.sh";
  public static final String SHARED_USERS = "shared_users.txt";
  public static final String PROVISIONING_PARAMETERS = "provisioning_parameters.json";
  public static final String ON_INIT_COMPLETE = "on_init_complete.sh";
  public static final String SHARED_USERS_YAML = "shared_users.yaml";

  /** Every generated file of the custom mode, in upload order. */
  public static final List<String> ALL =
      List.of(ON_CREATE, ADD_USERS, SHARED_USERS, PROVISIONING_PARAMETERS);

  /** The files of every mode: what the stack may have written under its prefix. */
  public static final List<String> EVERY_MODE =
      List.of(ON_CREATE, ADD_USERS, SHARED_USERS, PROVISIONING_PARAMETERS, ON_INIT_COMPLETE,
          SHARED_USERS_YAML);

  /** The files a lifecycle mode uploads: none in {@code ami}. */
  public static List<String> of(LifecycleMode mode) {
    return switch (mode) {
      case AMI -> List.of();
      case EXTENSION -> List.of(ON_INIT_COMPLETE, SHARED_USERS_YAML);
      case CUSTOM -> ALL;
    };
  }

  /** The script HyperPod runs in a mode: OnCreate's in custom, OnInitComplete's in extension. */
  public static Optional<String> entryScript(LifecycleMode mode) {
    return switch (mode) {
      case AMI -> Optional.empty();
      case EXTENSION -> Optional.of(ON_INIT_COMPLETE);
      case CUSTOM -> Optional.of(ON_CREATE);
    };
  }

  private LifecycleFiles() {}

  /** The content of one file; FSx values are given when the stack uses FSx. */
  public static String content(String file, StackModel model, Optional<FsxMount> fsx) {
    switch (file) {
      case ON_CREATE:
      case ADD_USERS:
      case ON_INIT_COMPLETE:
        return resource(file);
      case SHARED_USERS:
        return sharedUsers(model.spec().clusterUsers());
      case SHARED_USERS_YAML:
        return sharedUsersYaml(model.spec().clusterUsers(), model.spec().fsx().isPresent());
      case PROVISIONING_PARAMETERS:
        return provisioningParameters(model.instanceGroups(), fsx);
      default:
        throw new IllegalArgumentException("not a lifecycle file: " + file);
    }
  }

  public static String contentType(String file) {
    return file.endsWith(".json") ? "application/json"
        : file.endsWith(".sh") ? "text/x-shellscript" : "text/plain";
  }

  /** {@code user,uid,/fsx/user} lines in spec order. */
  public static String sharedUsers(List<ClusterUser> users) {
    StringBuilder b = new StringBuilder();
    users.forEach(u ->
        b.append(u.osUser()).append(',').append(u.uid()).append(",/fsx/").append(u.osUser())
            .append('\n'));
    return b.toString();
  }

  /**
   * The users extension's {@code shared_users.yaml}: a JSON document (so also YAML) with each
   * user's name, uid, home ({@code /fsx/NAME} with FSx for Lustre, else {@code /home/NAME}) and
   * groups, in spec order.
   */
  public static String sharedUsersYaml(List<ClusterUser> users, boolean fsx) {
    ObjectNode doc = Json.object();
    ArrayNode list = doc.putArray("users");
    for (ClusterUser u : users) {
      ObjectNode o = list.addObject()
          .put("name", u.osUser())
          .put("uid", u.uid())
          .put("home", (fsx ? "/fsx/" : "/home/") + u.osUser());
      ArrayNode groups = o.putArray("groups");
      u.groups().forEach(groups::add);
    }
    return Json.pretty(doc) + "\n";
  }

  /**
   * The Slurm provisioning parameters (the custom mode's legacy form). With the groups' {@code
   * slurm} settings, they say which group is the controller, the login group and each worker's
   * partition; without, the controller group is the one whose name says controller or head (else
   * the first group), a group named login... is the login group, and the others are workers, each
   * its own partition.
   */
  public static String provisioningParameters(List<InstanceGroup> groups, Optional<FsxMount> fsx) {
    InstanceGroup controller = groups.stream()
        .filter(g -> g.slurm().map(s -> s.nodeType() == SlurmNodeType.CONTROLLER).orElse(false))
        .findFirst()
        .or(() -> groups.stream()
            .filter(g -> lower(g).contains("controller") || lower(g).contains("head"))
            .findFirst())
        .orElse(groups.get(0));
    boolean apiDriven = groups.stream().anyMatch(g -> g.slurm().isPresent());
    Optional<InstanceGroup> login = groups.stream()
        .filter(g -> g != controller && (apiDriven
            ? g.slurm().map(s -> s.nodeType() == SlurmNodeType.LOGIN).orElse(false)
            : lower(g).contains("login")))
        .findFirst();
    ObjectNode p = Json.object()
        .put("version", "1.0.0")
        .put("workload_manager", "slurm")
        .put("controller_group", controller.name());
    login.ifPresent(l -> p.put("login_group", l.name()));
    ArrayNode workers = p.putArray("worker_groups");
    groups.stream()
        .filter(g -> g != controller && !login.map(l -> l == g).orElse(false))
        .forEach(g -> workers.addObject()
            .put("instance_group_name", g.name())
            .put("partition_name", g.slurm().flatMap(s -> s.partitions().stream().findFirst())
                .orElse(g.instanceType())));
    fsx.ifPresent(f -> p.put("fsx_dns_name", f.dnsName()).put("fsx_mountname", f.mountName()));
    return Json.pretty(p) + "\n";
  }

  private static String lower(InstanceGroup g) {
    return g.name().toLowerCase(Locale.ROOT);
  }

  private static String resource(String name) {
    try (InputStream in = LifecycleFiles.class.getResourceAsStream(
        "/io/hyperpod/prereqs/lifecycle/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled lifecycle script " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where nodes mount FSx for Lustre from. */
  public record FsxMount(String dnsName, String mountName) {}
}
