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
  String sessionId();

  /** {@return the WebSocket URL the Session Manager plugin connects to} */
  String streamUrl();

  /** {@return the token that opens the stream; secret: never print it} */
  @Value.Redacted
  String tokenValue();

  static ImmutableSsmSession.Builder builder() {
    return ImmutableSsmSession.builder();
  }
}
