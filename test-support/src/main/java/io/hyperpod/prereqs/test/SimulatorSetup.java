package io.hyperpod.prereqs.test;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** What one {@link SimulatedAws} asks for, resolved: the spec loaded, account and region decided. */
final class SimulatorSetup {
  private final long seed;
  private final Instant start;
  private final String account;
  private final String region;
  private final boolean serve;
  private final HyperPodPrerequisites spec;

  private SimulatorSetup(
      long seed,
      Instant start,
      String account,
      String region,
      boolean serve,
      HyperPodPrerequisites spec) {
    this.seed = seed;
    this.start = start;
    this.account = account;
    this.region = region;
    this.serve = serve;
    this.spec = spec;
  }

  /**
   * Resolves {@code config}: the spec's region and account unless the annotation names them, and
   * a loud error where both name one and they differ.
   */
  static SimulatorSetup of(SimulatedAws config) {
    Instant start = start(config);
    HyperPodPrerequisites spec = config.spec().isEmpty() ? null : load(config.spec());
    String region = config.region();
    String account = config.account();
    if (spec != null) {
      if (!region.isEmpty() && !region.equals(spec.region())) {
        throw new ExtensionConfigurationException(
            "@SimulatedAws(region = \""
                + region
                + "\") differs from the region of its spec "
                + config.spec()
                + " ("
                + spec.region()
                + "): a plan there would only report region.mismatch. Drop region (the spec's is"
                + " taken) or change the spec");
      }
      region = spec.region();
      Optional<String> specAccount = spec.account();
      if (!account.isEmpty() && specAccount.isPresent() && !account.equals(specAccount.get())) {
        throw new ExtensionConfigurationException(
            "@SimulatedAws(account = \""
                + account
                + "\") differs from the account of its spec "
                + config.spec()
                + " ("
                + specAccount.get()
                + "): a plan there would only report account.mismatch. Drop account (the spec's is"
                + " taken) or change the spec");
      }
      if (account.isEmpty()) {
        account = specAccount.orElse("");
      }
    }
    return new SimulatorSetup(
        config.seed(),
        start,
        account.isEmpty() ? AwsSimulator.DEFAULT_ACCOUNT : account,
        region.isEmpty() ? AwsSimulator.DEFAULT_REGION : region,
        config.serve(),
        spec);
  }

  AwsSimulator create() {
    return AwsSimulator.create(seed, start);
  }

  String account() {
    return account;
  }

  String region() {
    return region;
  }

  boolean serve() {
    return serve;
  }

  Optional<HyperPodPrerequisites> spec() {
    return Optional.ofNullable(spec);
  }

  private static Instant start(SimulatedAws config) {
    try {
      return config.start().isEmpty() ? SimClock.DEFAULT_START : Instant.parse(config.start());
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          "@SimulatedAws(start = \""
              + config.start()
              + "\") is no ISO-8601 instant such as 2025-01-01T00:00:00Z",
          e);
    }
  }

  /**
   * The spec at {@code path}: relative to the working directory or one of its parents, else a
   * classpath resource.
   */
  static HyperPodPrerequisites load(String path) {
    try {
      Optional<Path> file = find(path);
      if (file.isPresent()) {
        return HyperPodPrerequisites.load(file.get());
      }
      URL resource = resource(path);
      if (resource == null) {
        throw new ExtensionConfigurationException(
            "@SimulatedAws(spec = \""
                + path
                + "\"): no such file in "
                + Path.of("").toAbsolutePath()
                + " or its parents, and no such classpath resource");
      }
      if ("file".equals(resource.getProtocol())) {
        return HyperPodPrerequisites.load(Path.of(resource.toURI()));
      }
      try (InputStream in = resource.openStream()) {
        return HyperPodPrerequisites.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (ExtensionConfigurationException e) {
      throw e;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "@SimulatedAws(spec = \"" + path + "\") cannot be loaded: " + e.getMessage(), e);
    }
  }

  private static Optional<Path> find(String path) {
    Path relative = Path.of(path);
    if (relative.isAbsolute()) {
      return Files.isRegularFile(relative) ? Optional.of(relative) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static URL resource(String path) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String name = path.startsWith("/") ? path.substring(1) : path;
    return (loader != null ? loader : SimulatorSetup.class.getClassLoader()).getResource(name);
  }
}
