package io.hyperpod.prereqs.spec;

import java.util.function.Consumer;

/**
 * What every builder of a spec value has, as in the AWS SDK for Java v2: {@link #build()}, and
 * {@link #applyMutation} to run a {@code Consumer} on the builder in a chain. {@code build()} with
 * required fields unset throws an {@link IncompleteSpecException} naming each of them.
 *
 * @param <B> the builder type
 * @param <T> the value type it builds
 */
public interface SpecBuilder<B extends SpecBuilder<B, T>, T> {
  /**
   * The value.
   *
   * @throws IncompleteSpecException when a required field is not set
   * @return the built value
   */
  T build();

  /**
   * Runs {@code mutation} on this builder and returns it.
   *
   * @param mutation sets fields on this builder
   * @return this builder
   */
  @SuppressWarnings("unchecked")
  default B applyMutation(Consumer<? super B> mutation) {
    mutation.accept((B) this);
    return (B) this;
  }
}
