package io.hyperpod.prereqs.simulator.internal.ssm;

import io.hyperpod.prereqs.simulator.internal.Absent;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The simulator's SSM port: each method is one SSM operation through {@link SsmOperations}. */
public final class SimulatedSsm implements SsmPort {
  private static final String SSM = "ssm";
  private static final String INVALID_DOCUMENT = "InvalidDocument";

  private final BackendContext context;
  private final java.util.function.Supplier<io.hyperpod.prereqs.spi.CloudBackend> root;

  /**
   * @param root the same account and region as its root: what StartSession reads the caller's
   *     policies and the preferences with
   */
  public SimulatedSsm(
      BackendContext context,
      java.util.function.Supplier<io.hyperpod.prereqs.spi.CloudBackend> root) {
    this.context = context;
    this.root = root;
  }

  @Override
  public io.hyperpod.prereqs.spi.ssm.SsmSession startSession(String target) {
    SessionStart.Plan plan = SessionStart.prepare(root.get(), context.caller());
    return call("StartSession", ops -> SessionStart.start(context, plan, target));
  }

  @Override
  public Optional<SsmDocumentDescription> describeDocument(String name) {
    return Absent.when(
        INVALID_DOCUMENT, () -> call("DescribeDocument", ops -> ops.describeDocument(name, null)));
  }

  @Override
  public Optional<SsmDocument> getDocument(String name) {
    return Absent.when(
        INVALID_DOCUMENT, () -> call("GetDocument", ops -> ops.getDocument(name, null)));
  }

  @Override
  public SsmDocument getDocument(String name, String documentVersion) {
    return call("GetDocument", ops -> ops.getDocument(name, documentVersion));
  }

  @Override
  public SsmDocumentDescription createDocument(
      String name,
      String documentType,
      String documentFormat,
      String content,
      Map<String, String> tags) {
    return call(
        "CreateDocument",
        ops -> ops.createDocument(name, content, documentType, documentFormat, tags));
  }

  @Override
  public SsmDocumentDescription updateDocument(
      String name, String content, String documentFormat, String documentVersion) {
    return call(
        "UpdateDocument",
        ops -> ops.updateDocument(name, content, documentFormat, documentVersion));
  }

  @Override
  public void updateDefaultVersion(String name, String documentVersion) {
    call(
        "UpdateDocumentDefaultVersion",
        ops -> ops.updateDocumentDefaultVersion(name, documentVersion));
  }

  @Override
  public void deleteDocument(String name) {
    context.run(SSM, "DeleteDocument", () -> new SsmOperations(context).deleteDocument(name));
  }

  private <T> T call(String operation, Function<SsmOperations, T> action) {
    return context.call(SSM, operation, () -> action.apply(new SsmOperations(context)));
  }
}
