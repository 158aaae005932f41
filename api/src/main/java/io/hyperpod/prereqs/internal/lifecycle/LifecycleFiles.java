package io.hyperpod.prereqs.internal.lifecycle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.InstanceGroup;
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

  /** Every generated file, in upload order. */
  public static final List<String> ALL =
      List.of(ON_CREATE, ADD_USERS, SHARED_USERS, PROVISIONING_PARAMETERS);

  private LifecycleFiles() {}

  /** The content of one file; FSx values are given when the stack uses FSx. */
  public static String content(String file, StackModel model, Optional<FsxMount> fsx) {
    switch (file) {
      case ON_CREATE:
      case ADD_USERS:
        return resource(file);
      case SHARED_USERS:
        return sharedUsers(model.spec().clusterUsers());
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
   * The Slurm provisioning parameters. The controller group is the one whose name says
   * controller or head (else the first group); a group named login... is the login group; the
   * others are workers, each its own partition.
   */
  public static String provisioningParameters(List<InstanceGroup> groups, Optional<FsxMount> fsx) {
    InstanceGroup controller = groups.stream()
        .filter(g -> lower(g).contains("controller") || lower(g).contains("head"))
        .findFirst().orElse(groups.get(0));
    Optional<InstanceGroup> login = groups.stream()
        .filter(g -> g != controller && lower(g).contains("login")).findFirst();
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
            .put("partition_name", g.instanceType()));
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
