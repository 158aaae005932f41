package io.hyperpod.prereqs.internal.runas;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import java.util.Optional;

/**
 * The Session Manager preferences document as planning read it: its description (versions,
 * type), the content of its default version (the preferences in force) in its format (JSON or
 * YAML), and that content parsed.
 */
record PreferencesDocument(
    SsmDocumentDescription description,
    String content,
    String format,
    Optional<ObjectNode> parsed) {

  /** Why Run As cannot be merged into it; empty when it can. */
  Optional<String> unmergeable() {
    if (!description.documentType().equals(io.hyperpod.prereqs.spi.ssm.SsmPort.SESSION)) {
      return Optional.of("its document type is " + description.documentType() + ", not Session");
    }
    return SessionPreferences.unmergeable(parsed);
  }
}
