package io.hyperpod.prereqs.spi.ssm;

import io.hyperpod.prereqs.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The answer of StartSession. AWS does not say which OS user the session runs as; the simulator
 * tells it through its own API ({@code SimulatorBackend.sessionOsUser}).
 */
@Value.Immutable
@ValueStyle
public interface SsmSession {
  /** {@return the session's id, e.g. {@code alice-0a1b2c3d4e5f67890}} */
  String sessionId();

  /** {@return the WebSocket URL the Session Manager plugin connects to} */
  String streamUrl();

  /** {@return the token that opens the stream; secret: never print it} */
  @Value.Redacted
  String tokenValue();

  /** {@return a new builder with no field set} */
  static ImmutableSsmSession.Builder builder() {
    return ImmutableSsmSession.builder();
  }
}
