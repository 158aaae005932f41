package io.hyperpod.prereqs.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs one test class through the JUnit launcher and keeps what became of each test. */
final class JUnitRun {
  final List<String> succeeded = new ArrayList<>();
  final List<Throwable> failures = new ArrayList<>();

  static JUnitRun of(Class<?> testClass) {
    JUnitRun run = new JUnitRun();
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        request,
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
              result.getThrowable().ifPresent(run.failures::add);
              return;
            }
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
              run.succeeded.add(test.getDisplayName());
            } else {
              run.failures.add(result.getThrowable().orElseThrow());
            }
          }
        });
    return run;
  }
}
