package io.hyperpod.prereqs.simulator.internal.ssm;

import java.time.Instant;

/** One version of an SSM document: its content as given, in its format. */
final class DocumentVersionRecord {
  int version;
  String content;
  String format;
  Instant createdDate;
}
