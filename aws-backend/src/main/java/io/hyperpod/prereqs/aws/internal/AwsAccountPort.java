package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.account.CallerIdentity;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * {@link AccountPort} on STS. The caller's identity cannot change while a backend lives (its
 * credentials are fixed), so GetCallerIdentity is called once and remembered.
 */
public final class AwsAccountPort implements AccountPort {
  private final Supplier<StsClient> client;
  private final String region;
  private CallerIdentity identity;

  public AwsAccountPort(Supplier<StsClient> client, String region) {
    this.client = requireNonNull(client, "client is null");
    this.region = requireNonNull(region, "region is null");
  }

  @Override
  public synchronized CallerIdentity callerIdentity() {
    if (identity == null) {
      GetCallerIdentityResponse response =
          AwsErrors.call(
              AwsCall.sts("GetCallerIdentity", "the caller's identity"),
              () -> client.get().getCallerIdentity());
      identity = CallerIdentity.of(response.account(), response.arn(), response.userId());
    }
    return identity;
  }

  @Override
  public String region() {
    return region;
  }
}
