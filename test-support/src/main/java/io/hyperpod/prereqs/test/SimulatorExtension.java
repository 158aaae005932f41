package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Injects a fresh {@link AwsSimulator} per test, backends on it, its spec and its HTTP front into
 * test constructors and methods. Configured by {@link SimulatedAws} on the method, the class or an
 * enclosing class; without one, the defaults of {@link SimulatedAws} apply. Use through {@code
 * @SimulatedAws} or {@code @ExtendWith(SimulatorExtension.class)}. A configuration that cannot
 * hold (a region or account other than the spec's, a spec that does not load) fails each test
 * before it runs, whether or not it takes a parameter.
 */
public final class SimulatorExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SimulatorExtension.class);
  private static final Set<Class<?>> TYPES =
      Set.of(
          AwsSimulator.class,
          SimClock.class,
          SimulatorBackend.class,
          CloudBackend.class,
          HyperPodPrerequisites.class,
          SimulatorServer.class,
          URI.class);

  /** Made by JUnit (through {@link SimulatedAws}). */
  public SimulatorExtension() {}

  /** Constructors see the test method's context, so they share the test's simulator. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  /** Resolves the configuration before the test runs, so that a wrong one fails it. */
  @Override
  public void beforeEach(ExtensionContext context) {
    setup(context.getStore(NAMESPACE), context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return TYPES.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    SimulatorSetup setup = setup(store, context);
    AwsSimulator simulator =
        store.getOrComputeIfAbsent(AwsSimulator.class, k -> setup.create(), AwsSimulator.class);
    Class<?> type = parameter.getParameter().getType();
    if (type == AwsSimulator.class) {
      return simulator;
    }
    if (type == SimClock.class) {
      return simulator.clock();
    }
    if (type == HyperPodPrerequisites.class) {
      return setup
          .spec()
          .orElseThrow(
              () ->
                  new ExtensionConfigurationException(
                      "a HyperPodPrerequisites parameter needs a spec: name one with"
                          + " @SimulatedAws(spec = \"path/to/spec.yaml\")"));
    }
    if (type == SimulatorServer.class || type == URI.class) {
      if (!setup.serve()) {
        throw new ExtensionConfigurationException(
            "a "
                + type.getSimpleName()
                + " parameter needs the HTTP front: add serve = true to @SimulatedAws");
      }
      SimulatorServer server =
          store.getOrComputeIfAbsent(
              SimulatorServer.class,
              k -> SimulatorServer.builder(simulator).defaultAccount(setup.account()).start(),
              SimulatorServer.class);
      return type == URI.class ? server.endpoint() : server;
    }
    String account =
        parameter
            .findAnnotation(SimulatedAws.Account.class)
            .map(SimulatedAws.Account::value)
            .orElse(setup.account());
    return simulator.backend(account, setup.region());
  }

  private static SimulatorSetup setup(ExtensionContext.Store store, ExtensionContext context) {
    return store.getOrComputeIfAbsent(
        SimulatorSetup.class, k -> SimulatorSetup.of(configuration(context)), SimulatorSetup.class);
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
