package io.hyperpod.prereqs.internal.spec;

/**
 * Field paths of a spec, written the same way by the reader (for the line of each path) and by the
 * validator (for the path of each problem): {@code clusterUsers[1].uid}, {@code tags.team}.
 */
final class SpecPath {
  /** The path of the whole document. */
  static final String ROOT = "";

  private SpecPath() {}

  static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The enclosing path: {@code a.b[2].c} -> {@code a.b[2]} -> {@code a.b} -> {@code a} -> root. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? ROOT : path.substring(0, cut);
  }

  /** How a path is shown when it names the whole document. */
  static String display(String path) {
    return path.isEmpty() ? "(document)" : path;
  }
}
