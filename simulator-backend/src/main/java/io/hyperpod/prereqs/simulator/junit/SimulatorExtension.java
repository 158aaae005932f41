package io.hyperpod.prereqs.simulator.junit;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.lang.reflect.AnnotatedElement;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Injects a fresh {@link AwsSimulator} per test, and backends on it, into test constructors and
 * methods. Configured by {@link SimulatedAws} on the method, the class or an enclosing class;
 * without one, the defaults of {@link SimulatedAws} apply. Use through {@code @SimulatedAws} or
 * {@code @ExtendWith(SimulatorExtension.class)}.
 */
public final class SimulatorExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SimulatorExtension.class);
  private static final Set<Class<?>> TYPES =
      Set.of(AwsSimulator.class, SimClock.class, SimulatorBackend.class, CloudBackend.class);

  /** Constructors see the test method's context, so they share the test's simulator. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return TYPES.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SimulatedAws config = configuration(context);
    AwsSimulator simulator =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(AwsSimulator.class, k -> create(config), AwsSimulator.class);
    Class<?> type = parameter.getParameter().getType();
    if (type == AwsSimulator.class) {
      return simulator;
    }
    if (type == SimClock.class) {
      return simulator.clock();
    }
    String account =
        parameter
            .findAnnotation(SimulatedAws.Account.class)
            .map(SimulatedAws.Account::value)
            .orElse(config.account());
    return simulator.backend(account, config.region());
  }

  private static AwsSimulator create(SimulatedAws config) {
    Instant start;
    try {
      start = config.start().isEmpty() ? SimClock.DEFAULT_START : Instant.parse(config.start());
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          "@SimulatedAws(start = \""
              + config.start()
              + "\") is no ISO-8601 instant such as 2025-01-01T00:00:00Z",
          e);
    }
    return AwsSimulator.create(config.seed(), start);
  }

  /** The nearest {@code @SimulatedAws}: method, class, enclosing classes; else the defaults. */
  private static SimulatedAws configuration(ExtensionContext context) {
    Optional<SimulatedAws> onMethod = context.getTestMethod().flatMap(m -> find(m));
    if (onMethod.isPresent()) {
      return onMethod.get();
    }
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<SimulatedAws> onClass = find(c);
      if (onClass.isPresent()) {
        return onClass.get();
      }
    }
    return Defaults.class.getAnnotation(SimulatedAws.class);
  }

  private static Optional<SimulatedAws> find(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, SimulatedAws.class);
  }

  /** Carries the annotation's default values. */
  @SimulatedAws
  private static final class Defaults {}
}
