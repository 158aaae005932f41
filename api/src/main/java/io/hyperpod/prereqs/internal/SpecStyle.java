package io.hyperpod.prereqs.internal;

import io.hyperpod.prereqs.spec.IncompleteSpecException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ValueStyle} for the spec's values: {@code build()} with required fields unset throws an
 * {@link IncompleteSpecException} naming each missing field and how to set it, rather than
 * Immutables' {@code IllegalStateException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true,
    depluralize = true,
    throwForInvalidImmutableState = IncompleteSpecException.class)
public @interface SpecStyle {}
