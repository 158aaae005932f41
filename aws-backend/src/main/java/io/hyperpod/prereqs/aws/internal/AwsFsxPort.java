package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.fsx.FsxPort;
import java.util.function.Supplier;
import software.amazon.awssdk.services.fsx.FSxClient;

/**
 * {@link FsxPort} on the SDK's FSx client. The port has no operations yet; the client is
 * made on the first call that needs it, so a run that never uses FSx makes none.
 */
public final class AwsFsxPort implements FsxPort {
  private final Supplier<FSxClient> client;

  public AwsFsxPort(Supplier<FSxClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The FSx client, made on first use. */
  FSxClient client() {
    return client.get();
  }
}
