package io.hyperpod.prereqs.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.catalog.HyperPodCatalog;
import io.hyperpod.prereqs.quotas.QuotaRow;
import io.hyperpod.prereqs.quotas.QuotaTable;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotas --region R [--instance-type T ...] [--json]}: the quotas a HyperPod cluster needs,
 * as they are.
 */
@Command(name = "quotas", description = "Shows the Service Quotas a SageMaker HyperPod cluster"
    + " needs in a region - SageMaker's (instances per cluster and across clusters, EBS volume"
    + " size, each instance type's cluster usage) and Amazon VPC's (network interfaces, VPCs):"
    + " applied value, AWS default, whether adjustable, and the newest increase request with its"
    + " status. Reads only.")
final class QuotasCommand extends BaseCommand {
  @Option(names = "--instance-type", paramLabel = "TYPE", split = ",",
      description = "an instance type such as ml.p5.48xlarge (repeatable; default: every HyperPod"
          + " type)")
  List<String> instanceTypes = new ArrayList<>();

  @Option(names = "--json", description = "print the table as one JSON document")
  boolean json;

  @Override
  public Integer call() {
    Terminal t = terminal();
    String region = global.region().orElseThrow(() -> new UserError(
        "quotas needs --region, e.g. `hyperpod-prereqs quotas --region us-west-2`"));
    for (String type : instanceTypes) {
      if (!HyperPodCatalog.isInstanceType(type)) {
        throw new UserError("--instance-type " + type + " is not a HyperPod instance type"
            + HyperPodCatalog.closestInstanceType(type).map(s -> "; did you mean " + s + "?")
                .orElse("; types look like ml.p5.48xlarge"));
      }
    }
    if (!HyperPodCatalog.isRegion(region)) {
      t.err().println("note: " + region + " is not among the regions AWS lists for HyperPod");
    }
    try (BackendSession session = Backends.open(global, region)) {
      t.target(session, json);
      CloudBackend backend = session.backend();
      String account = backend.account().callerIdentity().account();
      List<QuotaRow> rows = QuotaTable.read(backend, instanceTypes);
      if (json) {
        t.json(document(account, region, rows));
      } else {
        t.out().print(QuotaText.render(account, region, rows));
      }
      return ExitCodes.OK;
    }
  }

  private static ObjectNode document(String account, String region, List<QuotaRow> rows) {
    ObjectNode root = JsonDocument.object().put("account", account).put("region", region);
    ArrayNode quotas = root.putArray("quotas");
    for (QuotaRow r : rows) {
      ObjectNode q = quotas.addObject().put("name", r.name());
      q.put("service", r.serviceCode());
      q.put("code", r.code().orElse(null));
      number(q, "applied", r.applied());
      number(q, "default", r.defaultValue());
      number(q, "value", r.value());
      if (r.adjustable().isPresent()) {
        q.put("adjustable", r.adjustable().get());
      } else {
        q.putNull("adjustable");
      }
      if (r.request().isPresent()) {
        QuotaChangeRequest x = r.request().get();
        ObjectNode req = q.putObject("request")
            .put("id", x.id())
            .put("status", x.status().name())
            .put("open", x.open())
            .put("caseId", x.caseId().orElse(null))
            .put("desiredValue", x.desiredValue())
            .put("created", x.created().toString());
        req.put("lastUpdated", x.lastUpdated().map(Object::toString).orElse(null));
      } else {
        q.putNull("request");
      }
      q.put("unavailable", r.unavailable().orElse(null));
    }
    return root;
  }

  private static void number(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }
}
