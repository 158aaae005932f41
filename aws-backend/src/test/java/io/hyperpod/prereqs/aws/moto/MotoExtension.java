package io.hyperpod.prereqs.aws.moto;

import io.hyperpod.prereqs.testing.tools.RequiredTools;
import io.hyperpod.prereqs.testing.tools.Tool;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link MotoServer} for a test class: started before its first test, stopped after its last
 * (the class's {@code @Nested} classes share it). Where moto is missing the class is skipped with
 * one line saying so, or fails on CI ({@link RequiredTools}).
 *
 * <pre>{@code
 * @RegisterExtension static final MotoExtension MOTO = new MotoExtension();
 * ...
 * try (AwsBackend aws = MOTO.server().backend()) { ... }
 * }</pre>
 */
public final class MotoExtension
    implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
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
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return RequiredTools.standard().evaluate(List.of(Tool.MOTO));
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
