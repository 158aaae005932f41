package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * {@link SsmPort} on the SDK's SSM client. Its operations are not written yet: each throws {@link
 * UnsupportedOperationException}. The client is made on the first call that needs it, so a run
 * that never uses SSM makes none.
 */
public final class AwsSsmPort implements SsmPort {
  private final Supplier<SsmClient> client;

  public AwsSsmPort(Supplier<SsmClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  /** The SSM client, made on first use. */
  SsmClient client() {
    return client.get();
  }

  @Override
  public Optional<SsmDocumentDescription> describeDocument(String name) {
    throw notYet("DescribeDocument");
  }

  @Override
  public Optional<SsmDocument> getDocument(String name) {
    throw notYet("GetDocument");
  }

  @Override
  public SsmDocument getDocument(String name, String documentVersion) {
    throw notYet("GetDocument");
  }

  @Override
  public SsmDocumentDescription createDocument(
      String name,
      String documentType,
      String documentFormat,
      String content,
      Map<String, String> tags) {
    throw notYet("CreateDocument");
  }

  @Override
  public SsmDocumentDescription updateDocument(
      String name, String content, String documentFormat, String documentVersion) {
    throw notYet("UpdateDocument");
  }

  @Override
  public void updateDefaultVersion(String name, String documentVersion) {
    throw notYet("UpdateDocumentDefaultVersion");
  }

  @Override
  public void deleteDocument(String name) {
    throw notYet("DeleteDocument");
  }

  private static UnsupportedOperationException notYet(String operation) {
    return new UnsupportedOperationException(
        "SSM " + operation + " is not implemented yet in the aws backend");
  }
}
