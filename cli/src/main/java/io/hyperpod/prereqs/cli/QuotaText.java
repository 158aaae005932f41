package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.quotas.QuotaRow;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The quota table as aligned text columns, one section per service. */
final class QuotaText {
  private static final String NONE = "-";
  private static final List<String> HEADER =
      List.of("QUOTA", "CODE", "APPLIED", "DEFAULT", "ADJUSTABLE", "REQUEST");

  /** Section titles of the services whose quotas the table holds. */
  private static final Map<String, String> SERVICES =
      Map.of("sagemaker", "Amazon SageMaker", "vpc", "Amazon VPC");

  private QuotaText() {}

  static String render(String account, String region, List<QuotaRow> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADER);
    for (QuotaRow r : rows) {
      cells.add(List.of(
          r.name(),
          r.code().orElse(NONE),
          number(r.applied()),
          number(r.defaultValue()),
          r.adjustable().map(a -> a ? "yes" : "no").orElse(NONE),
          r.request().map(QuotaText::request).orElse(NONE)));
    }
    int[] width = new int[HEADER.size()];
    for (List<String> row : cells) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("Service Quotas a SageMaker HyperPod cluster needs in ").append(region)
        .append(" (account ").append(account).append(")\n");
    String service = null;
    for (int i = 0; i < rows.size(); i++) {
      QuotaRow r = rows.get(i);
      if (!r.serviceCode().equals(service)) {
        service = r.serviceCode();
        b.append('\n').append(SERVICES.getOrDefault(service, service)).append(" (service code ")
            .append(service).append(")\n");
        line(b, HEADER, width);
      }
      line(b, cells.get(i + 1), width);
    }
    long missing = rows.stream().filter(r -> r.code().isEmpty() && r.unavailable().isEmpty())
        .count();
    if (missing > 0) {
      b.append('\n').append(missing).append(" quota(s) shown as '-' do not exist in ")
          .append(region).append(": HyperPod may not offer those types there.\n");
    }
    rows.stream().filter(r -> r.unavailable().isPresent())
        .map(r -> r.serviceCode() + ": " + r.unavailable().get()).distinct()
        .forEach(why -> b.append('\n').append("could not read the quotas of service ").append(why)
            .append('\n'));
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> row, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      line.append(String.format("%-" + width[i] + "s", row.get(i)));
      if (i < row.size() - 1) {
        line.append("  ");
      }
    }
    b.append(line.toString().stripTrailing()).append('\n');
  }

  /** {@code 4 PENDING (request 0a1b...)}, {@code 64 CASE_OPENED case 1234567890 (request ...)}. */
  private static String request(QuotaChangeRequest r) {
    return number(OptionalDouble.of(r.desiredValue())) + " " + r.status()
        + r.caseId().map(c -> " case " + c).orElse("") + " (request " + r.id() + ")";
  }

  private static String number(OptionalDouble v) {
    if (v.isEmpty()) {
      return NONE;
    }
    double d = v.getAsDouble();
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
