package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.LifecycleMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code init --stack NAME [...]}: writes a commented starter spec that validates. */
@Command(name = "init", description = "Writes a commented starter spec from the flags; it"
    + " validates as written. Refuses to overwrite a file without --force.")
final class InitCommand extends OfflineCommand {
  @Option(names = "--stack", required = true, paramLabel = "NAME",
      description = "the stack's name ([a-z][a-z0-9-]{0,31}): names and tags what it creates")
  String stack;

  @Option(names = "--region", defaultValue = "us-west-2",
      description = "the region (default: ${DEFAULT-VALUE})")
  String region;

  @Option(names = "--lifecycle-mode", defaultValue = "custom", paramLabel = "MODE",
      converter = LifecycleModes.class,
      description = "ami, extension or custom (default: ${DEFAULT-VALUE}; see docs/spec.md)")
  LifecycleMode lifecycleMode;

  @Option(names = "--instance-type", defaultValue = "ml.g5.8xlarge", paramLabel = "TYPE",
      description = "the workers' instance type (default: ${DEFAULT-VALUE})")
  String instanceType;

  @Option(names = "--count", defaultValue = "2", paramLabel = "N",
      description = "how many workers (default: ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--out", defaultValue = "hyperpod-prereqs.yaml", paramLabel = "FILE",
      description = "where to write the spec (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--force", description = "overwrite FILE if it exists")
  boolean force;

  @Override
  public Integer call() throws IOException {
    Terminal t = terminal();
    if (Files.exists(out) && !force) {
      throw new UserError(out + " exists; give another --out, or --force to overwrite it");
    }
    String text = StarterSpec.text(stack, region, lifecycleMode, instanceType, count);
    try {
      HyperPodPrerequisites.fromYaml(text);
    } catch (io.hyperpod.prereqs.spec.InvalidSpecException e) {
      throw new UserError("init wrote nothing: the spec from these flags would not validate ("
          + e.getMessage().replace("<yaml> has", "it has") + ")");
    }
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
    t.out().println("wrote " + out + " (stack " + stack + ", " + region + ", lifecycle mode "
        + lifecycleMode.value() + "); next: hyperpod-prereqs validate " + out
        + ", then hyperpod-prereqs plan " + out);
    return ExitCodes.OK;
  }

  /** {@code ami}, {@code extension}, {@code custom}: the spec file's words. */
  static final class LifecycleModes implements picocli.CommandLine.ITypeConverter<LifecycleMode> {
    @Override
    public LifecycleMode convert(String value) {
      for (LifecycleMode m : LifecycleMode.values()) {
        if (m.value().equalsIgnoreCase(value)) {
          return m;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a lifecycle"
          + " mode: use ami, extension or custom");
    }
  }
}
