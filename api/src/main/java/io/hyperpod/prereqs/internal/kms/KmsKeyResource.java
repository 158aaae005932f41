package io.hyperpod.prereqs.internal.kms;

import io.hyperpod.prereqs.internal.engine.Adoption;
import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Attributes;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.engine.Tags;
import io.hyperpod.prereqs.internal.iam.IamComponent;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.InstanceGroup;
import io.hyperpod.prereqs.spec.InstanceGroupKms;
import io.hyperpod.prereqs.spec.InstanceGroupKms.KmsKeyCreate;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KMS key of an instance group ({@code kms_key.<group>}, docs/kms.md). {@code create}: a
 * symmetric key with the stack's tags, the group tag and the stack's key policy, named by the
 * alias {@code alias/hyperpod-prereqs/<stack>/<group>}; found by that alias, or (after a lost
 * CreateKey answer, or a run stopped before CreateAlias) by its tags, so that a retried create
 * never makes a second key; destroy deletes the alias and schedules the key's deletion with the
 * spec's window. {@code keyId}: read only, checked ({@link KmsKeyChecks}), never changed or
 * deleted.
 */
final class KmsKeyResource implements Resource<ObservedKey> {
  static final String TYPE = "kms_key";
  /** The window of a key whose group the spec no longer has: the longest KMS allows. */
  static final int LEFTOVER_WINDOW_DAYS = 30;

  private final StackModel model;
  private final InstanceGroup group;
  private final InstanceGroupKms kms;

  KmsKeyResource(StackModel model, InstanceGroup group) {
    this.model = model;
    this.group = group;
    this.kms = group.kms().orElseThrow();
  }

  static ResourceAddress address(String groupName) {
    return ResourceAddress.of(TYPE, groupName);
  }

  /** {@code alias/hyperpod-prereqs/<stack>/<group>}. */
  static String aliasName(StackModel model, String groupName) {
    return aliasPrefix(model) + groupName;
  }

  static String aliasPrefix(StackModel model) {
    return "alias/hyperpod-prereqs/" + model.stack() + "/";
  }

  /** {@code instanceGroups[i].kms}: where the group's key is in the spec. */
  static String path(StackModel model, InstanceGroup group) {
    return "instanceGroups[" + model.instanceGroups().indexOf(group) + "].kms";
  }

  private Optional<KmsKeyCreate> create() {
    return kms.keyId().isPresent() ? Optional.empty() : kms.create();
  }

  private String description() {
    return create().flatMap(KmsKeyCreate::description).orElse("hyperpod-prereqs " + model.stack()
        + ": EBS volumes of instance group " + group.name());
  }

  private Map<String, String> tags() {
    Map<String, String> tags = new LinkedHashMap<>(model.createTags());
    tags.put(KmsReads.GROUP_TAG, group.name());
    return tags;
  }

  private String policy() {
    return KmsKeyPolicies.keyPolicy(model, group);
  }

  @Override
  public ResourceAddress address() {
    return address(group.name());
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    // KMS refuses a key policy naming a role that does not exist.
    return create().isPresent()
        ? List.of(IamComponent.executionRoleAddress(model.executionRoleName(group)))
        : List.of();
  }

  @Override
  public Optional<ObservedKey> observe(ObserveContext ctx) {
    KmsPort port = ctx.backend().kms();
    if (kms.keyId().isPresent()) {
      return KmsReads.describe(port, kms.keyId().get()).map(k ->
          new ObservedKey(k, Map.of(), Optional.empty(), KmsReads.policy(port, k.arn())));
    }
    String alias = aliasName(model, group.name());
    Optional<KmsKey> named = KmsReads.alias(ctx, alias).flatMap(KmsAlias::targetKeyId)
        .flatMap(id -> KmsReads.describe(port, id));
    if (named.isPresent()) {
      KmsKey k = named.get();
      return Optional.of(new ObservedKey(k, port.listResourceTags(k.keyId()), Optional.of(alias),
          KmsReads.policy(port, k.keyId())));
    }
    return KmsReads.owned(ctx, model).stream()
        .filter(o -> group.name().equals(o.tags().get(KmsReads.GROUP_TAG)))
        .findFirst()
        .map(o -> new ObservedKey(o.key(), o.tags(), Optional.empty(),
            KmsReads.policy(port, o.key().keyId())));
  }

  @Override
  public Map<String, Object> observedAttributes(ObservedKey o) {
    return attributes(o);
  }

  static Map<String, Object> attributes(ObservedKey o) {
    KmsKey k = o.key();
    Attributes a = Attributes.of()
        .put("id", k.keyId())
        .put("arn", k.arn())
        .put("state", k.keyState())
        .put("key_manager", k.keyManager())
        .put("key_spec", k.keySpec())
        .put("key_usage", k.keyUsage())
        .put("description", k.description())
        .put("alias", o.alias().orElse(null))
        .put("tags", o.tags().isEmpty() ? null : o.tags());
    o.policy().ifPresent(p -> a.putDocument("policy", p));
    return a.build();
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<ObservedKey> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    if (observed.isPresent()) {
      ObservedKey o = observed.get();
      Attributes a = Attributes.from(attributes(o))
          .put("alias", aliasName(model, group.name()))
          .put("tags", Tags.merged(o.tags(), tags()))
          .putDocument("policy", policy());
      return a.build();
    }
    return Attributes.of()
        .putUnknown("id")
        .putUnknown("arn")
        .put("state", KmsKey.ENABLED)
        .put("key_manager", KmsKey.CUSTOMER)
        .put("key_spec", "SYMMETRIC_DEFAULT")
        .put("key_usage", "ENCRYPT_DECRYPT")
        .put("description", description())
        .put("alias", aliasName(model, group.name()))
        .put("tags", tags())
        .putDocument("policy", policy())
        .build();
  }

  @Override
  public Map<String, String> outputs(ObservedKey o) {
    return Map.of("id", o.key().keyId(), "arn", o.key().arn());
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Adoption.missing(kms.keyId().isPresent(), "KMS key");
  }

  @Override
  public Diff diff(ObservedKey o, Outputs outputs) {
    if (create().isEmpty()) {
      return Adoption.adoptedExists();
    }
    List<String> steps = new ArrayList<>();
    if (o.alias().isEmpty()) {
      steps.add("alias");
    }
    if (!Tags.missing(o.tags(), tags()).isEmpty()) {
      steps.add("tags");
    }
    if (o.policy().isEmpty() || !Json.samePolicy(o.policy().get(), policy())) {
      steps.add("policy");
    }
    return Adoption.steps(steps);
  }

  @Override
  public List<Finding> findings(ObserveContext ctx, Optional<ObservedKey> observed,
      Outputs outputs) {
    if (observed.isEmpty()) {
      return kms.keyId().map(id -> List.of(Adoption.notFound("kms.not-found", address(),
          path(model, group) + ".keyId", id, model,
          "kms describe-key --key-id " + id, "kms: {create: {}}"))).orElse(List.of());
    }
    return KmsKeyChecks.check(model, group, address(), observed.get(), create().isPresent());
  }

  @Override
  public Map<String, String> apply(ApplyContext ctx, Diff diff, Optional<ObservedKey> observed) {
    KmsPort port = ctx.backend().kms();
    String alias = aliasName(model, group.name());
    if (observed.isEmpty()) {
      KmsKey made = port.createKey(CreateKeyRequest.builder()
          .policy(policy()).description(description()).tags(tags()).build());
      ctx.progress("created key " + made.keyId() + "; naming it " + alias);
      port.createAlias(alias, made.keyId());
      return Map.of("id", made.keyId(), "arn", made.arn());
    }
    ObservedKey o = observed.get();
    if (diff.has("tags")) {
      port.tagResource(o.key().keyId(), Tags.missing(o.tags(), tags()));
    }
    if (diff.has("policy")) {
      port.putKeyPolicy(o.key().keyId(), policy());
    }
    if (diff.has("alias")) {
      port.createAlias(alias, o.key().keyId());
    }
    return outputs(o);
  }

  @Override
  public boolean destroyable(ObservedKey o) {
    return create().isPresent() && model.ownedBy(o.tags());
  }

  @Override
  public String keptReason(ObservedKey o) {
    return create().isPresent() ? "not created by this stack; kept"
        : "adopted by kms.keyId: never deleted by the tool";
  }

  @Override
  public void destroy(ApplyContext ctx, ObservedKey o) {
    delete(ctx, o, create().map(KmsKeyCreate::deletionWindowDays).orElse(LEFTOVER_WINDOW_DAYS));
  }

  /** DeleteAlias (when the alias names it), then ScheduleKeyDeletion with the window. */
  static void delete(ApplyContext ctx, ObservedKey o, int windowDays) {
    KmsPort port = ctx.backend().kms();
    if (o.alias().isPresent()) {
      try {
        port.deleteAlias(o.alias().get());
      } catch (io.hyperpod.prereqs.spi.NotFoundException e) {
        // gone already: an earlier try whose answer was lost
      }
    }
    try {
      java.time.Instant when = port.scheduleKeyDeletion(o.key().keyId(), windowDays);
      ctx.progress("key " + o.key().keyId() + " is scheduled for deletion on " + when
          + " (aws kms cancel-key-deletion undoes it until then)");
    } catch (io.hyperpod.prereqs.spi.CloudException e) {
      if (!"KMSInvalidStateException".equals(e.errorCode())
          || !KmsReads.describe(port, o.key().keyId())
              .map(k -> KmsKey.PENDING_DELETION.equals(k.keyState())).orElse(true)) {
        throw e;
      }
    }
  }
}
