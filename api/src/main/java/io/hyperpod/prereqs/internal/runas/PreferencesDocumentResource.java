package io.hyperpod.prereqs.internal.runas;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.ApplyContext;
import io.hyperpod.prereqs.internal.engine.Diff;
import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Outputs;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.Unknown;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account's Session Manager preferences ({@code SSM-SessionManagerRunShell}, one per
 * region) with Run As on. Created when missing; otherwise Run As is merged into the preferences in
 * force (the default version), every other input kept, and the new version made the default.
 * The plan shows the inputs one by one. Destroy keeps the document: it is account-wide.
 */
final class PreferencesDocumentResource implements Resource<PreferencesDocument> {
  static final String TYPE = "ssm_document";
  static final ResourceAddress ADDRESS = ResourceAddress.of(TYPE, SsmPort.PREFERENCES_DOCUMENT);

  private static final String VERSION = "document_version";
  private static final String CONTENT = "content";
  private static final String FORMAT = "format";

  private final StackModel model;
  private final RunAs runAs;

  PreferencesDocumentResource(StackModel model, RunAs runAs) {
    this.model = model;
    this.runAs = runAs;
  }

  @Override
  public ResourceAddress address() {
    return ADDRESS;
  }

  @Override
  public List<ResourceAddress> dependsOn() {
    return List.of();
  }

  @Override
  public Optional<PreferencesDocument> observe(ObserveContext ctx) {
    return RunAsReads.preferences(ctx);
  }

  @Override
  public Map<String, String> outputs(PreferencesDocument observed) {
    return Map.of(VERSION, observed.description().defaultVersion(), CONTENT, observed.content(),
        FORMAT, observed.format());
  }

  @Override
  public Map<String, Object> observedAttributes(PreferencesDocument o) {
    Map<String, Object> a = new TreeMap<>();
    o.parsed().ifPresent(d -> a.putAll(SessionPreferences.inputAttributes(d)));
    a.put(VERSION, o.description().defaultVersion());
    return a;
  }

  @Override
  public Map<String, Object> plannedAttributes(
      Optional<PreferencesDocument> observed, Diff diff, Outputs outputs, ObserveContext ctx) {
    Map<String, Object> a = new TreeMap<>();
    if (observed.isEmpty()) {
      a.putAll(SessionPreferences.inputAttributes(SessionPreferences.initial(runAs)));
      a.put(VERSION, "1");
      return a;
    }
    // An update merges Run As into the inputs in force and adds a version (SSM numbers it).
    a.putAll(SessionPreferences.inputAttributes(
        SessionPreferences.merged(observed.get().parsed().orElseThrow(), runAs)));
    a.put(VERSION, Unknown.VALUE);
    return a;
  }

  @Override
  public Diff diffMissing(Outputs outputs) {
    return Diff.create("no Session Manager preferences in " + model.region()
        + ": create them with Run As on");
  }

  @Override
  public Diff diff(PreferencesDocument o, Outputs outputs) {
    Optional<String> unmergeable = o.unmergeable();
    if (unmergeable.isPresent()) {
      return Diff.noop("cannot merge Run As: " + unmergeable.get());
    }
    ObjectNode existing = o.parsed().orElseThrow();
    ObjectNode merged = SessionPreferences.merged(existing, runAs);
    if (merged.equals(existing)) {
      return Diff.noop("Run As is on" + SessionPreferences.defaultUser(existing)
          .map(u -> " (default user " + u + ")").orElse(""));
    }
    List<String> what = new ArrayList<>();
    if (!SessionPreferences.runAsEnabled(existing)) {
      what.add("turns Run As on");
    }
    runAs.defaultUser()
        .filter(u -> !SessionPreferences.defaultUser(existing).equals(Optional.of(u)))
        .ifPresent(u -> what.add("sets runAsDefaultUser to " + u));
    if (what.isEmpty()) {
      what.add("writes Run As as the schema wants it");
    }
    return Diff.update(String.join(" and ", what) + "; every other input kept; the new version"
        + " becomes the default", List.of("inputs"));
  }

  @Override
  public List<Finding> findings(
      ObserveContext ctx, Optional<PreferencesDocument> observed, Outputs outputs) {
    return observed.flatMap(PreferencesDocument::unmergeable).map(why -> List.of(Finding.error(
        "runas.preferences-unmergeable", ADDRESS,
        "the Session Manager preferences " + SsmPort.PREFERENCES_DOCUMENT + " in "
            + model.region() + " cannot take Run As: " + why,
        "repair the preferences (Systems Manager console: Session Manager, Preferences, Edit;"
            + " or aws ssm update-document) so that they are a Standard_Stream Session document"
            + " with inputs, then plan again"))).orElse(List.of());
  }

  @Override
  public Map<String, String> apply(
      ApplyContext ctx, Diff diff, Optional<PreferencesDocument> observed) {
    SsmPort ssm = ctx.backend().ssm();
    if (observed.isEmpty()) {
      SsmDocumentDescription created = ssm.createDocument(SsmPort.PREFERENCES_DOCUMENT,
          SsmPort.SESSION, SsmPort.JSON,
          SessionPreferences.write(SessionPreferences.initial(runAs)), model.createTags());
      return Map.of(VERSION, created.documentVersion());
    }
    PreferencesDocument o = observed.get();
    String content =
        SessionPreferences.write(SessionPreferences.merged(o.parsed().orElseThrow(), runAs));
    String version;
    try {
      version = ssm.updateDocument(SsmPort.PREFERENCES_DOCUMENT, content, SsmPort.JSON,
          o.description().latestVersion()).documentVersion();
    } catch (ConflictException e) {
      if (!e.errorCode().equals("DuplicateDocumentContent")) {
        throw e;
      }
      version = versionWith(ssm, content, o.description().latestVersion()).orElseThrow(() -> e);
    }
    ssm.updateDefaultVersion(SsmPort.PREFERENCES_DOCUMENT, version);
    ctx.progress("version " + version + " of " + SsmPort.PREFERENCES_DOCUMENT
        + " is the default now");
    return Map.of(VERSION, version);
  }

  /** The newest version whose content is this one (an earlier run wrote it already). */
  private static Optional<String> versionWith(SsmPort ssm, String content, String latest) {
    for (int v = Integer.parseInt(latest); v >= 1; v--) {
      try {
        if (ssm.getDocument(SsmPort.PREFERENCES_DOCUMENT, Integer.toString(v)).content()
            .equals(content)) {
          return Optional.of(Integer.toString(v));
        }
      } catch (io.hyperpod.prereqs.spi.NotFoundException gone) {
        // a deleted version; look further back
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean destroyable(PreferencesDocument observed) {
    return false;
  }

  /** Made by this stack when it carries the stack's tag (kept by destroy all the same). */
  @Override
  public boolean madeByStack(PreferencesDocument observed) {
    return model.ownedBy(observed.description().tags());
  }

  @Override
  public String keptReason(PreferencesDocument observed) {
    return "account-wide Session Manager preferences that other stacks' and teams' sessions use;"
        + " kept as they are (Run As stays on)";
  }

  @Override
  public void destroy(ApplyContext ctx, PreferencesDocument observed) {
    throw new UnsupportedOperationException("the Session Manager preferences are never deleted");
  }
}
