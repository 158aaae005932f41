package io.hyperpod.prereqs.simulator.http.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;

/** A small streaming XML writer: elements, escaped text, nothing else. Not thread-safe. */
public final class Xml {
  private final StringBuilder out = new StringBuilder(512);
  private final Deque<String> open = new ArrayDeque<>();

  private Xml(boolean prolog) {
    if (prolog) {
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }
  }

  /** A document: starts with the XML declaration. */
  public static Xml document() {
    return new Xml(true);
  }

  /** Elements to be embedded in a document later, see {@link #append}. */
  public static Xml fragment() {
    return new Xml(false);
  }

  /** Appends a fragment's elements. */
  public Xml append(Xml fragment) {
    if (!fragment.open.isEmpty()) {
      throw new IllegalStateException("XML elements left open: " + fragment.open);
    }
    out.append(fragment.out);
    return this;
  }

  public boolean isEmpty() {
    return out.length() == 0;
  }

  /** Opens an element with a default namespace. */
  public Xml start(String name, String xmlns) {
    out.append('<').append(name).append(" xmlns=\"").append(xmlns).append("\">");
    open.push(name);
    return this;
  }

  public Xml start(String name) {
    out.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  public Xml end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** {@code <name>value</name>}; nothing when the value is null. */
  public Xml element(String name, String value) {
    if (value != null) {
      out.append('<').append(name).append('>');
      escape(value);
      out.append("</").append(name).append('>');
    }
    return this;
  }

  /** Escaped text inside the current element. */
  public Xml text(String value) {
    escape(value);
    return this;
  }

  public Xml element(String name, long value) {
    return element(name, Long.toString(value));
  }

  public Xml element(String name, boolean value) {
    return element(name, Boolean.toString(value));
  }

  /** An ISO-8601 timestamp in UTC with milliseconds, as AWS's XML services write them. */
  public Xml element(String name, Instant value) {
    return value == null ? this : element(name, timestamp(value));
  }

  public static String timestamp(Instant value) {
    String text = value.truncatedTo(ChronoUnit.MILLIS).toString();
    // whole seconds print without a fraction ("...:05Z"); AWS always writes the milliseconds
    int n = text.length();
    return n >= 4 && text.charAt(n - 4) == ':' && text.charAt(n - 1) == 'Z'
        ? text.substring(0, n - 1) + ".000Z"
        : text;
  }

  public byte[] bytes() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("XML elements left open: " + open);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\r':
          out.append("&#13;");
          break;
        default:
          out.append(c);
      }
    }
  }
}
