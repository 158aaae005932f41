package io.hyperpod.prereqs.simulator.internal.kms;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.kms.CreateKeyRequest;
import io.hyperpod.prereqs.spi.kms.KmsAlias;
import io.hyperpod.prereqs.spi.kms.KmsKey;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The simulator's KMS port: each method is one KMS operation through {@link KmsOperations}. */
public final class SimulatedKms implements KmsPort {
  private static final String KMS = "kms";

  private final BackendContext context;

  public SimulatedKms(BackendContext context) {
    this.context = context;
  }

  @Override
  public KmsKey createKey(CreateKeyRequest request) {
    return call("CreateKey", ops -> ops.createKey(request));
  }

  @Override
  public KmsKey describeKey(String keyId) {
    return call("DescribeKey", ops -> ops.describeKey(keyId));
  }

  @Override
  public String getKeyPolicy(String keyId) {
    return call("GetKeyPolicy", ops -> ops.getKeyPolicy(keyId));
  }

  @Override
  public void putKeyPolicy(String keyId, String policy) {
    run("PutKeyPolicy", ops -> ops.putKeyPolicy(keyId, policy));
  }

  @Override
  public Instant scheduleKeyDeletion(String keyId, int pendingWindowInDays) {
    return call("ScheduleKeyDeletion", ops -> ops.scheduleKeyDeletion(keyId, pendingWindowInDays));
  }

  @Override
  public void createAlias(String aliasName, String targetKeyId) {
    run("CreateAlias", ops -> ops.createAlias(aliasName, targetKeyId));
  }

  @Override
  public void deleteAlias(String aliasName) {
    run("DeleteAlias", ops -> ops.deleteAlias(aliasName));
  }

  @Override
  public List<KmsAlias> listAliases() {
    return call("ListAliases", KmsOperations::listAliases);
  }

  @Override
  public List<String> listKeys() {
    return call("ListKeys", KmsOperations::listKeys);
  }

  @Override
  public Map<String, String> listResourceTags(String keyId) {
    return call("ListResourceTags", ops -> ops.listResourceTags(keyId));
  }

  @Override
  public void tagResource(String keyId, Map<String, String> tags) {
    run("TagResource", ops -> ops.tagResource(keyId, tags));
  }

  private <T> T call(String operation, Function<KmsOperations, T> action) {
    return context.call(KMS, operation, () -> action.apply(new KmsOperations(context)));
  }

  private void run(String operation, java.util.function.Consumer<KmsOperations> action) {
    context.run(KMS, operation, () -> action.accept(new KmsOperations(context)));
  }
}
