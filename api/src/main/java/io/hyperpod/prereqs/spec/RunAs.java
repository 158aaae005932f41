package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** SSM Session Manager "Run As": sessions run as the user's own OS account. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableRunAs.class)
@JsonDeserialize(as = ImmutableRunAs.class)
@JsonPropertyOrder({"enabled", "defaultUser"})
public interface RunAs {
  /** {@return whether sessions run as the user's own OS account} */
  boolean enabled();

  /** {@return the OS user for principals without an {@code SSMSessionRunAs} tag} */
  Optional<String> defaultUser();


  /**
   * Run As on, with {@code defaultUser} for principals without a tag.
   *
   * @param defaultUser the OS user of principals without an {@code SSMSessionRunAs} tag, e.g.
   *     {@code ubuntu}
   * @return the Run As setting
   */
  static RunAs enabled(String defaultUser) {
    return builder().enabled(true).defaultUser(defaultUser).build();
  }

  /**
   * {@return a new builder; {@code build()} names each required field left unset as a spec problem}
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link RunAs}. */
  final class Builder extends ImmutableRunAs.Builder implements SpecBuilder<Builder, RunAs> {}
}
