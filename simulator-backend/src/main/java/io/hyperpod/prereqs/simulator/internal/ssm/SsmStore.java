package io.hyperpod.prereqs.simulator.internal.ssm;

import java.util.Optional;
import java.util.TreeMap;

/** The SSM state of one account in one region (serialised with the simulator's state). */
public final class SsmStore {
  private TreeMap<String, DocumentRecord> documents = new TreeMap<>();

  Optional<DocumentRecord> document(String name) {
    return Optional.ofNullable(documents.get(name));
  }

  void put(DocumentRecord document) {
    documents.put(document.name, document);
  }

  void remove(String name) {
    documents.remove(name);
  }
}
