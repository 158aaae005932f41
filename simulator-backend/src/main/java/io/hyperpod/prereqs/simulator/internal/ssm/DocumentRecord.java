package io.hyperpod.prereqs.simulator.internal.ssm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** An SSM document of the account: its versions (1, 2, ...) and which one is the default. */
final class DocumentRecord {
  String name;
  String documentType;
  String owner;
  Instant createdDate;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();
  int defaultVersion;
  List<DocumentVersionRecord> versions = new ArrayList<>();

  DocumentVersionRecord latest() {
    return versions.get(versions.size() - 1);
  }

  Optional<DocumentVersionRecord> version(int number) {
    return versions.stream().filter(v -> v.version == number).findFirst();
  }

  DocumentVersionRecord defaultVersionRecord() {
    return version(defaultVersion).orElseThrow();
  }
}
