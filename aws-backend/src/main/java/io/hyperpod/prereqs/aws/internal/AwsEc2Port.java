package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@link Ec2Port} on the SDK's EC2 client. The port has no operations yet; the client is
 * made on the first call that needs it, so a run that never uses EC2 makes none.
 */
public final class AwsEc2Port implements Ec2Port {
  private final Supplier<Ec2Client> client;

  public AwsEc2Port(Supplier<Ec2Client> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The EC2 client, made on first use. */
  Ec2Client client() {
    return client.get();
  }
}
