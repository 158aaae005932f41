package io.hyperpod.prereqs.internal.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spec.InvalidSpecException;
import io.hyperpod.prereqs.spec.SpecProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Strict YAML/JSON reading and writing of specs. YAML is read the YAML 1.2 way for
 * booleans ({@code yes}, {@code no}, {@code on} are text) and an empty value ({@code key:}) is no
 * value. Reading walks the whole document before binding, so one {@link InvalidSpecException}
 * carries every problem of the file: unknown keys (with the nearest known key), wrong types,
 * missing keys, and then every rule of {@link SpecValidator}, each with the line it comes from.
 */
public final class SpecCodec {
  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
          .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build();
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper BINDER =
      new ObjectMapper(JSON).registerModule(new Jdk8Module());
  private static final ObjectMapper YAML_WRITER = new ObjectMapper(YAML);
  private static final ObjectMapper JSON_WRITER =
      new ObjectMapper(JSON).enable(SerializationFeature.INDENT_OUTPUT);

  private SpecCodec() {}

  /**
   * Loads a spec file: JSON for {@code .json}, YAML for {@code .yaml}/{@code .yml}, else by
   * content.
   */
  public static HyperPodPrerequisites load(Path file) {
    String text;
    try {
      Optional<SpecProblem> tooLarge = SpecText.tooLarge(file.toString(), Files.size(file));
      if (tooLarge.isPresent()) {
        throw new InvalidSpecException(file.toString(), List.of(tooLarge.get()));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw fileProblem(file, "does not exist", "check the path of the spec file.");
    } catch (IOException | UncheckedIOException e) {
      throw fileProblem(
          file,
          "cannot be read as UTF-8 text (" + e.getMessage() + ")",
          "check the file and its permissions.");
    }
    return parse(text, file.toString());
  }

  /**
   * Parses spec text; {@code sourceName} names it in messages and, when it ends in {@code .json},
   * {@code .yaml} or {@code .yml}, picks the format (otherwise text starting with <code>{</code> is
   * JSON).
   */
  public static HyperPodPrerequisites parse(String text, String sourceName) {
    List<SpecProblem> problems = new ArrayList<>();
    String source = sourceName == null ? "(spec)" : sourceName;
    Optional<SpecProblem> tooLarge = SpecText.tooLarge(source, SpecText.utf8Length(text));
    if (tooLarge.isPresent()) {
      throw new InvalidSpecException(source, List.of(tooLarge.get()));
    }
    String parsed = isJson(text, sourceName) ? text : SpecText.withoutComments(text, problems);
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(source, problems);
    }
    LocatedTree tree = readTree(parsed, sourceName, problems);
    if (tree == null) {
      throw new InvalidSpecException(sourceName, problems);
    }
    ShapeChecker.Result shape = ShapeChecker.check(tree);
    problems.addAll(shape.problems());
    if (shape.bindable()) {
      LocatedTree located = tree.withLines(shape.standInLines());
      Optional<HyperPodPrerequisites> spec = bind(shape.accepted(), problems);
      spec.ifPresent(
          s -> SpecValidator.validate(s).forEach(p -> problems.add(withLine(p, located))));
      if (problems.isEmpty() && spec.isPresent()) {
        return spec.get();
      }
    }
    problems.sort(Comparator.comparing(p -> p.line().orElse(Integer.MAX_VALUE)));
    throw new InvalidSpecException(sourceName, problems);
  }

  /** The spec as YAML, in the spec's key order, without values that equal their defaults. */
  public static String toYaml(HyperPodPrerequisites spec) {
    return write(YAML_WRITER, spec);
  }

  /** The spec as JSON, in the spec's key order, without values that equal their defaults. */
  public static String toJson(HyperPodPrerequisites spec) {
    return write(JSON_WRITER, spec) + "\n";
  }

  private static String write(ObjectMapper mapper, HyperPodPrerequisites spec) {
    try {
      return mapper.writeValueAsString(SpecTreeWriter.write(spec));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the spec of stack " + spec.stack(), e);
    }
  }

  private static LocatedTree readTree(String text, String sourceName, List<SpecProblem> problems) {
    try (JsonParser parser =
        isJson(text, sourceName) ? JSON.createParser(text) : YAML.createParser(text)) {
      LocatedTree tree = LocatedTreeReader.read(parser, problems);
      if (tree == null) {
        problems.add(
            SpecProblem.of(
                "(document)",
                null,
                "is empty",
                "write a spec; see examples/specs/quickstart.yaml."));
      }
      return tree;
    } catch (JsonProcessingException e) {
      problems.add(
          SpecProblem.builder()
              .path("(document)")
              .message(
                  "is not valid "
                      + (isJson(text, sourceName) ? "JSON" : "YAML")
                      + ": "
                      + e.getOriginalMessage())
              .fix("correct the syntax at the line shown.")
              .line(Optional.ofNullable(e.getLocation()).map(l -> l.getLineNr()).filter(l -> l > 0))
              .build());
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isJson(String text, String sourceName) {
    String name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    return text.stripLeading().startsWith("{");
  }

  private static Optional<HyperPodPrerequisites> bind(
      JsonNode accepted, List<SpecProblem> problems) {
    try {
      return Optional.of(BINDER.treeToValue(accepted, HyperPodPrerequisites.class));
    } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
      problems.add(
          SpecProblem.of(
              "(document)",
              null,
              "cannot be read: " + e.getMessage(),
              "correct the values named above."));
      return Optional.empty();
    }
  }

  private static SpecProblem withLine(SpecProblem problem, LocatedTree tree) {
    return SpecProblem.builder().from(problem).line(tree.lineOf(problem.path())).build();
  }

  private static InvalidSpecException fileProblem(Path file, String message, String fix) {
    return new InvalidSpecException(
        file.toString(), List.of(SpecProblem.of(file.toString(), null, message, fix)));
  }
}
