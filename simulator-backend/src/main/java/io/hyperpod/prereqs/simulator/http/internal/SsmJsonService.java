package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.simulator.internal.ssm.SsmOperations;
import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;

/**
 * SSM on the wire (JSON 1.1, {@code AmazonSSM}): the document operations Session Manager
 * preferences need — create, update, get, describe, set the default version, delete.
 */
public final class SsmJsonService extends JsonProtocol {
  public SsmJsonService() {
    super("ssm", "AmazonSSM");
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
