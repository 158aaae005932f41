package io.hyperpod.prereqs.aws.moto;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link MotoServer} for a test class: started before its first test, stopped after its last
 * (the class's {@code @Nested} classes share it).
 *
 * <pre>{@code
 * @RegisterExtension static final MotoExtension MOTO = new MotoExtension();
 * ...
 * try (AwsBackend aws = MOTO.server().backend()) { ... }
 * }</pre>
 */
public final class MotoExtension implements BeforeAllCallback, AfterAllCallback {
  private MotoServer server;
  private String owner;

  /** The running server; only between the class's first and last test. */
  public MotoServer server() {
    if (server == null) {
      throw new IllegalStateException(
          "the moto server runs only while the test class runs: register the MotoExtension as a"
              + " static @RegisterExtension field");
    }
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (server == null) {
      server = MotoServer.start();
      owner = context.getUniqueId();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null && context.getUniqueId().equals(owner)) {
      server.close();
      server = null;
    }
  }
}
