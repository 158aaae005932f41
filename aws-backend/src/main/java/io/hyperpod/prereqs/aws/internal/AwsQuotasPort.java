package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import java.util.function.Supplier;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;

/**
 * {@link QuotasPort} on the SDK's Service Quotas client. The port has no operations yet; the client is
 * made on the first call that needs it, so a run that never uses Service Quotas makes none.
 */
public final class AwsQuotasPort implements QuotasPort {
  private final Supplier<ServiceQuotasClient> client;

  public AwsQuotasPort(Supplier<ServiceQuotasClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The Service Quotas client, made on first use. */
  ServiceQuotasClient client() {
    return client.get();
  }
}
