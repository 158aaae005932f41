package io.hyperpod.prereqs.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Immutables' marker (recognised by its simple name) for a map attribute whose values may be
 * {@code null}: a plan's {@code after} holds {@code null} where a value is known only after apply.
 */
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {}
