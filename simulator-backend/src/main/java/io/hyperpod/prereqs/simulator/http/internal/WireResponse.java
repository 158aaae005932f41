package io.hyperpod.prereqs.simulator.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP answer: status, headers, body, and the AWS operation it answered (the server saves the
 * state after operations that may have changed it).
 */
public final class WireResponse {
  private static final byte[] NO_BODY = new byte[0];

  private final int status;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private byte[] body = NO_BODY;
  private String operation = "";
  private RuntimeException failure;

  private WireResponse(int status) {
    this.status = status;
  }

  public static WireResponse status(int status) {
    return new WireResponse(status);
  }

  public static WireResponse ok() {
    return new WireResponse(200);
  }

  public WireResponse header(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  public WireResponse body(byte[] bytes, String contentType) {
    this.body = bytes;
    return header("Content-Type", contentType);
  }

  public WireResponse body(String text, String contentType) {
    return body(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** Names the AWS operation this answers (for the journal of changes). */
  public WireResponse operation(String name) {
    this.operation = name;
    return this;
  }

  /** The unexpected failure this answers (logged by the server, never sent to the client). */
  public WireResponse failure(RuntimeException e) {
    this.failure = e;
    return this;
  }

  public java.util.Optional<RuntimeException> failure() {
    return java.util.Optional.ofNullable(failure);
  }

  public int status() {
    return status;
  }

  public Map<String, List<String>> headers() {
    return Collections.unmodifiableMap(headers);
  }

  public String firstHeader(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  public byte[] body() {
    return body;
  }

  public String operation() {
    return operation;
  }
}
