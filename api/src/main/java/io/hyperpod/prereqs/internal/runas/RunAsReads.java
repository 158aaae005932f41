package io.hyperpod.prereqs.internal.runas;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.Optional;

/** The preferences document, read once per run for the resource and the checks. */
final class RunAsReads {
  private RunAsReads() {}

  static Optional<PreferencesDocument> preferences(ObserveContext ctx) {
    return ctx.cached("ssm.preferences", () -> read(ctx.backend().ssm()));
  }

  private static Optional<PreferencesDocument> read(SsmPort ssm) {
    Optional<SsmDocumentDescription> description =
        ssm.describeDocument(SsmPort.PREFERENCES_DOCUMENT);
    if (description.isEmpty()) {
      return Optional.empty();
    }
    Optional<SsmDocument> content = ssm.getDocument(SsmPort.PREFERENCES_DOCUMENT);
    return content.map(c -> new PreferencesDocument(description.get(), c.content(),
        c.documentFormat(), SessionPreferences.parse(c.content(), c.documentFormat())));
  }
}
