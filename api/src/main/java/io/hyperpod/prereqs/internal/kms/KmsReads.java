package io.hyperpod.prereqs.internal.kms;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KMS reads of a plan, cached per run: the region's aliases (one ListAliases), and the keys
 * that carry the stack's tag (ListKeys and a ListResourceTags per key, read only when a key the
 * stack creates is not found by its alias: after a lost CreateKey answer, or a run killed between
 * CreateKey and CreateAlias).
 */
final class KmsReads {
  /** The tag that names the instance group a key of the stack encrypts. */
  static final String GROUP_TAG = "hyperpod-prereqs:instance-group";

  private KmsReads() {}

  static List<KmsAlias> aliases(ObserveContext ctx) {
    return ctx.cached("kms.aliases", () -> ctx.backend().kms().listAliases());
  }

  static Optional<KmsAlias> alias(ObserveContext ctx, String aliasName) {
    return aliases(ctx).stream().filter(a -> a.aliasName().equals(aliasName)).findFirst();
  }

  /** The stack's keys that are not pending deletion, oldest first, with their tags. */
  static List<ObservedKey> owned(ObserveContext ctx, StackModel model) {
    return ctx.cached("kms.owned", () -> {
      KmsPort kms = ctx.backend().kms();
      List<ObservedKey> out = new ArrayList<>();
      for (String id : kms.listKeys()) {
        Map<String, String> tags;
        try {
          tags = kms.listResourceTags(id);
        } catch (CloudException e) {
          continue; // an AWS managed key or one this caller may not read: not the stack's
        }
        if (!model.ownedBy(tags)) {
          continue;
        }
        describe(kms, id).filter(k -> !KmsKey.PENDING_DELETION.equals(k.keyState()))
            .ifPresent(k -> out.add(new ObservedKey(k, tags, Optional.empty(), Optional.empty())));
      }
      out.sort(Comparator.comparing(o -> o.key().creationDate()));
      return List.copyOf(out);
    });
  }

  static Optional<KmsKey> describe(KmsPort kms, String keyId) {
    try {
      return Optional.of(kms.describeKey(keyId));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The key policy, or empty when this caller may not read it. */
  static Optional<String> policy(KmsPort kms, String keyId) {
    try {
      return Optional.of(kms.getKeyPolicy(keyId));
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (CloudException e) {
      if ("AccessDeniedException".equals(e.errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
