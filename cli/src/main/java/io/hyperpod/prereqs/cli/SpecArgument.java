package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the SPEC argument of a command, with a clear error for a missing file. */
final class SpecArgument {
  private SpecArgument() {}

  static HyperPodPrerequisites load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError("spec file not found: " + file
          + " (give the path of a YAML or JSON spec, e.g. examples/specs/quickstart.yaml)");
    }
    return HyperPodPrerequisites.load(file);
  }
}
