package io.hyperpod.prereqs.internal.render;

/** Terminal colours, or none. */
final class Ansi {
  private final boolean on;

  Ansi(boolean on) {
    this.on = on;
  }

  String green(String s) {
    return wrap("32", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  String cyan(String s) {
    return wrap("36", s);
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  private String wrap(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
