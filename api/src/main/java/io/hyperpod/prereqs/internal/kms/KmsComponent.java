package io.hyperpod.prereqs.internal.kms;

import io.hyperpod.prereqs.internal.engine.LeftoverResource;
import io.hyperpod.prereqs.internal.engine.Observations;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.IamComponent;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The instance groups' customer managed KMS keys (spec {@code instanceGroups[].kms},
 * docs/kms.md): a {@code kms_key.<group>} per group, created or adopted; the execution roles'
 * policy {@code <stack>-execution-kms} (kms:CreateGrant through SageMaker and kms:DescribeKey on
 * the groups' keys), attached to the roles of those groups; the keys of groups the spec no longer
 * has (found by the stack's alias prefix) scheduled for deletion; and a warning when two groups
 * share a key.
 */
public final class KmsComponent implements StackComponent {
  /** The plan address of a group's key. */
  public static ResourceAddress keyAddress(String groupName) {
    return KmsKeyResource.address(groupName);
  }

  private static List<InstanceGroup> keyed(StackModel model) {
    return model.instanceGroups().stream().filter(g -> g.kms().isPresent()).toList();
  }

  @Override
  public List<Resource<?>> resources(StackModel model) {
    List<InstanceGroup> groups = keyed(model);
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Resource<?>> out = new ArrayList<>();
    List<ResourceAddress> keys = new ArrayList<>();
    Set<String> roles = new LinkedHashSet<>();
    for (InstanceGroup g : groups) {
      out.add(new KmsKeyResource(model, g));
      keys.add(keyAddress(g.name()));
      roles.add(model.executionRoleName(g));
    }
    out.addAll(IamComponent.executionPolicy(model, model.executionKmsPolicyName(),
        "HyperPod volumes encrypted with the instance groups' KMS keys, stack " + model.stack(),
        KmsComponent::executionDocument, keys, roles));
    return out;
  }

  /**
   * The execution roles' KMS policy: the statements of {@link KmsKeyPolicies#executionStatements}
   * on every group's key ARN; empty while a key is still to be created.
   */
  static Optional<String> executionDocument(StackModel model, Outputs outputs) {
    Set<String> arns = new LinkedHashSet<>();
    for (InstanceGroup g : keyed(model)) {
      Optional<String> arn = outputs.get(keyAddress(g.name()), "arn");
      if (arn.isEmpty()) {
        return Optional.empty();
      }
      arns.add(arn.get());
    }
    return Optional.of(StackPolicyDocuments.document(
        KmsKeyPolicies.executionStatements(model.region(), arns)));
  }

  @Override
  public List<Resource<?>> leftovers(
      StackModel model, ObserveContext ctx, Set<ResourceAddress> wanted) {
    // Read only when the spec has keys: a stack whose spec never had any makes no KMS call.
    if (keyed(model).isEmpty()) {
      return List.of();
    }
    String prefix = KmsKeyResource.aliasPrefix(model);
    List<Resource<?>> out = new ArrayList<>();
    for (KmsAlias alias : KmsReads.aliases(ctx)) {
      String group = alias.aliasName().startsWith(prefix)
          ? alias.aliasName().substring(prefix.length()) : null;
      if (group == null || alias.targetKeyId().isEmpty()
          || wanted.contains(keyAddress(group))) {
        continue;
      }
      var port = ctx.backend().kms();
      Optional<KmsKey> key = KmsReads.describe(port, alias.targetKeyId().get())
          .filter(k -> !KmsKey.PENDING_DELETION.equals(k.keyState()));
      if (key.isEmpty()) {
        continue;
      }
      Map<String, String> tags = port.listResourceTags(key.get().keyId());
      if (!model.ownedBy(tags)) {
        continue;
      }
      ObservedKey o = new ObservedKey(key.get(), tags, Optional.of(alias.aliasName()),
          Optional.empty());
      out.add(LeftoverResource.of(keyAddress(group), List.of(), o, KmsKeyResource.attributes(o),
          (c, k) -> KmsKeyResource.delete(c, k, KmsKeyResource.LEFTOVER_WINDOW_DAYS)));
    }
    return out;
  }

  @Override
  public List<Finding> check(StackModel model, ObserveContext ctx, Observations observations) {
    Map<String, List<String>> groupsByKey = new LinkedHashMap<>();
    for (InstanceGroup g : keyed(model)) {
      Optional<ObservedKey> o = observations.get(keyAddress(g.name()));
      String key = o.map(k -> k.key().arn()).orElse(g.kms().get().keyId().orElse(null));
      if (key != null) {
        groupsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(g.name());
      }
    }
    List<Finding> out = new ArrayList<>();
    groupsByKey.forEach((key, groups) -> {
      if (groups.size() > 1) {
        out.add(Finding.warning("kms.shared-key", keyAddress(groups.get(1)),
            "instance groups " + String.join(", ", groups) + " share the key " + key
                + "; HyperPod's docs ask for a separate key per instance group",
            "use a separate key per instance group (kms: {create: {}} makes one for each)"));
      }
    });
    return out;
  }
}
