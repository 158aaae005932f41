package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** SSM Session Manager "Run As": sessions run as the user's own OS account. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRunAs.class)
@JsonDeserialize(as = ImmutableRunAs.class)
@JsonPropertyOrder({"enabled", "defaultUser"})
public interface RunAs {
  boolean enabled();

  /** The OS user for principals without an {@code SSMSessionRunAs} tag. */
  Optional<String> defaultUser();

  static ImmutableRunAs.Builder builder() {
    return ImmutableRunAs.builder();
  }

  static RunAs enabled(String defaultUser) {
    return builder().enabled(true).defaultUser(defaultUser).build();
  }
}
