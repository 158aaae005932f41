package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

/**
 * {@link SageMakerPort} on the SDK's SageMaker client. The port has no operations yet; the client is
 * made on the first call that needs it, so a run that never uses SageMaker makes none.
 */
public final class AwsSageMakerPort implements SageMakerPort {
  private final Supplier<SageMakerClient> client;

  public AwsSageMakerPort(Supplier<SageMakerClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The SageMaker client, made on first use. */
  SageMakerClient client() {
    return client.get();
  }
}
