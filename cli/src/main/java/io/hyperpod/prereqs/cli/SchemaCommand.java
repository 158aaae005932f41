package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import picocli.CommandLine.Command;

/** {@code schema}: the spec file's JSON Schema, for editors and CI checks. */
@Command(name = "schema", description = "Prints the JSON Schema (draft-07) of the spec file:"
    + " every key, its type, closed sets and defaults (the same as docs/spec.schema.json). It"
    + " checks the shape only; `validate` also checks the rules between keys.")
final class SchemaCommand extends OfflineCommand {
  @Override
  public Integer call() {
    terminal().out().print(HyperPodPrerequisites.jsonSchema());
    return ExitCodes.OK;
  }
}
