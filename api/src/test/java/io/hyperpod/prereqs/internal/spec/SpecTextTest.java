package io.hyperpod.prereqs.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comments are cut to their '#'; everything else, quoted and block scalars included, stays. */
class SpecTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "# all comment|#",
        "key: value # comment|key: value #",
        "key: value#not-a-comment|key: value#not-a-comment",
        "key: 'a # b' # c|key: 'a # b' #",
        "key: \"a # \\\" b\" # c|key: \"a # \\\" b\" #",
        "key: it's # c|key: it's #",
        "key: 'it''s # still' # c|key: 'it''s # still' #",
        "- [a, 'b # c', d] # e|- [a, 'b # c', d] #",
        "key: b 'c # d'|key: b 'c #",
      })
  void withoutComments_cutsOnlyComments(String line, String expected) {
    assertThat(SpecText.withoutComments(line, new ArrayList<>())).isEqualTo(expected);
  }

  @Test
  void withoutComments_keepsBlockScalarsAndMultiLineQuotes_andLineCount() {
    String yaml =
        """
        script: |
          echo "# kept" # kept too
          # kept as well
        next: 'a multi-line
          quote # kept'
        after: x # cut
        """;

    String cut = SpecText.withoutComments(yaml, new ArrayList<>());

    assertThat(cut)
        .isEqualTo(
            """
            script: |
              echo "# kept" # kept too
              # kept as well
            next: 'a multi-line
              quote # kept'
            after: x #
            """);
    assertThat(cut.lines().count()).isEqualTo(yaml.lines().count());
  }

  @Test
  void utf8Length_countsBytes() {
    assertThat(SpecText.utf8Length("a\u00e9\u20ac\ud83d\ude00")).isEqualTo(1 + 2 + 3 + 4);
  }

  @Test
  void withoutComments_longLine_isAProblem() {
    List<SpecProblem> problems = new ArrayList<>();

    SpecText.withoutComments("a: b\nc: " + "x".repeat(SpecText.MAX_LINE), problems);

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).contains(2));
  }
}
