package io.hyperpod.prereqs.internal.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff (longest common subsequence) of two texts, as the lines to show: {@code -} removed,
 * {@code +} added, {@code " "} kept, with at most {@code context} kept lines around each change
 * and {@code ...} for the kept lines between.
 */
final class LineDiff {
  /** One line of the diff: its mark ({@code -}, {@code +}, space, or {@code .} for a gap). */
  record Line(char mark, String text) {}

  private LineDiff() {}

  static List<Line> of(List<String> a, List<String> b, int context) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Line> all = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        all.add(new Line(' ', a.get(i++)));
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        all.add(new Line('-', a.get(i++)));
      } else {
        all.add(new Line('+', b.get(j++)));
      }
    }
    return withContext(all, context);
  }

  private static List<Line> withContext(List<Line> all, int context) {
    boolean[] keep = new boolean[all.size()];
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).mark() != ' ') {
        for (int c = Math.max(0, k - context); c <= Math.min(all.size() - 1, k + context); c++) {
          keep[c] = true;
        }
      }
    }
    List<Line> out = new ArrayList<>();
    boolean gap = false;
    for (int k = 0; k < all.size(); k++) {
      if (keep[k]) {
        out.add(all.get(k));
        gap = false;
      } else if (!gap) {
        out.add(new Line('.', "..."));
        gap = true;
      }
    }
    return out;
  }
}
