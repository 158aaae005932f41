package io.hyperpod.prereqs.simulator.internal.ssm;

import java.util.Optional;
import java.util.TreeMap;

/** The SSM state of one account in one region (serialised with the simulator's state). */
public final class SsmStore {
  private TreeMap<String, DocumentRecord> documents = new TreeMap<>();
  /** Session id to the OS user it runs as. */
  private TreeMap<String, String> sessionUsers = new TreeMap<>();

  /** The OS user of a session this store started. */
  public Optional<String> sessionUser(String sessionId) {
    return Optional.ofNullable(sessionUsers.get(sessionId));
  }

  void putSession(String sessionId, String osUser) {
    sessionUsers.put(sessionId, osUser);
  }

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
