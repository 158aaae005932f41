package io.hyperpod.prereqs.testing.tools;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs programs outside Java and Maven. Where one is missing the
 * test is skipped with one line naming it; where the environment variable {@code CI} is {@code
 * true} (as {@code .ci/run} sets) the test fails instead. See {@link RequiredTools}.
 *
 * <pre>{@code
 * @RequiresTools({Tool.BOTO3, Tool.AWS_CLI})
 * class Boto3CliWireTest { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RequiredToolsCondition.class)
public @interface RequiresTools {
  /** The tools the test needs. */
  Tool[] value();
}
