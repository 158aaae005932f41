package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * {@link SsmPort} on the SDK's SSM client. The port has no operations yet; the client is
 * made on the first call that needs it, so a run that never uses SSM makes none.
 */
public final class AwsSsmPort implements SsmPort {
  private final Supplier<SsmClient> client;

  public AwsSsmPort(Supplier<SsmClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The SSM client, made on first use. */
  SsmClient client() {
    return client.get();
  }
}
