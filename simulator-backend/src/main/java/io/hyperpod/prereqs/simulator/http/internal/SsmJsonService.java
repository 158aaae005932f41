package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.ssm.SsmOperations;
import io.hyperpod.prereqs.spi.ssm.SsmSession;
import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;

/**
 * SSM on the wire (JSON 1.1, {@code AmazonSSM}): the document operations Session Manager
 * preferences need — create, update, get, describe, set the default version, delete — and
 * StartSession on a HyperPod node (the caller's policies and the Run As preferences decide it).
 */
public final class SsmJsonService extends JsonProtocol {
  /** @param simulator whose account root StartSession reads the caller's policies as */
  public SsmJsonService(AwsSimulator simulator) {
    super("ssm", "AmazonSSM");
    operation(
        "StartSession",
        (in, c, out) -> {
          String target = text(in, "Target");
          if (target == null || target.isEmpty()) {
            throw AwsError.SSM_VALIDATION_EXCEPTION.exception(
                "1 validation error detected: Value null at 'target' failed to satisfy constraint:"
                    + " Member must not be null",
                "pass Target sagemaker-cluster:<cluster-id>_<group>-<instance-id>");
          }
          SsmSession session =
              new SsmOperations(c)
                  .startSession(simulator.backend(c.accountId(), c.region()), target);
          out.put("SessionId", session.sessionId())
              .put("TokenValue", session.tokenValue())
              .put("StreamUrl", session.streamUrl());
        });
    operation(
        "CreateDocument",
        (in, c, out) ->
            description(
                out.putObject("DocumentDescription"),
                new SsmOperations(c)
                    .createDocument(
                        text(in, "Name"),
                        text(in, "Content"),
                        text(in, "DocumentType"),
                        text(in, "DocumentFormat"),
                        tags(in, "Tags"))));
    operation(
        "UpdateDocument",
        (in, c, out) ->
            description(
                out.putObject("DocumentDescription"),
                new SsmOperations(c)
                    .updateDocument(
                        text(in, "Name"),
                        text(in, "Content"),
                        text(in, "DocumentFormat"),
                        text(in, "DocumentVersion"))));
    operation(
        "GetDocument",
        (in, c, out) -> {
          SsmDocument d =
              new SsmOperations(c).getDocument(text(in, "Name"), text(in, "DocumentVersion"));
          out.put("Name", d.name())
              .put("DocumentType", d.documentType())
              .put("DocumentFormat", d.documentFormat())
              .put("DocumentVersion", d.documentVersion())
              .put("Content", d.content())
              .put("Status", d.status());
        });
    operation(
        "DescribeDocument",
        (in, c, out) ->
            description(
                out.putObject("Document"),
                new SsmOperations(c)
                    .describeDocument(text(in, "Name"), text(in, "DocumentVersion"))));
    operation(
        "UpdateDocumentDefaultVersion",
        (in, c, out) -> {
          SsmDocumentDescription d =
              new SsmOperations(c)
                  .updateDocumentDefaultVersion(text(in, "Name"), text(in, "DocumentVersion"));
          out.putObject("Description")
              .put("Name", d.name())
              .put("DefaultVersion", d.defaultVersion());
        });
    operation("DeleteDocument", (in, c, out) -> new SsmOperations(c).deleteDocument(text(in, "Name")));
  }

  private static void description(ObjectNode out, SsmDocumentDescription d) {
    out.put("Name", d.name())
        .put("DocumentType", d.documentType())
        .put("DocumentFormat", d.documentFormat())
        .put("DocumentVersion", d.documentVersion())
        .put("DefaultVersion", d.defaultVersion())
        .put("LatestVersion", d.latestVersion())
        .put("Status", d.status())
        .put("Owner", d.owner())
        .put("SchemaVersion", "1.0")
        .put("CreatedDate", epochSeconds(d.createdDate()));
    putTags(out, "Tags", d.tags());
  }
}
