package io.hyperpod.prereqs.simulator.internal.ssm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SSM's checks of a document's name, type, format and content. Content of every JSON or YAML
 * document is an object with a {@code schemaVersion}; Session documents are checked against the
 * Session document schema (facts §3.2): {@code schemaVersion} "1.0", a {@code sessionType}, and
 * for {@code Standard_Stream} (Session Manager preferences) the known {@code inputs} with their
 * types and ranges.
 */
final class DocumentContents {
  static final int MAX_SIZE = 64 * 1024;

  static final Set<String> TYPES =
      Set.of(
          "Command", "Policy", "Automation", "Session", "Package", "ApplicationConfiguration",
          "ApplicationConfigurationSchema", "DeploymentStrategy", "ChangeCalendar",
          "Automation.ChangeTemplate", "ProblemAnalysis", "ProblemAnalysisTemplate",
          "CloudFormation", "ConformancePackTemplate", "QuickSetup", "ManualApprovalPolicy",
          "AutoApprovalPolicy");

  static final Set<String> FORMATS = Set.of("JSON", "YAML", "TEXT");

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_\\-.]{3,128}");
  private static final Set<String> SESSION_TYPES =
      Set.of("Standard_Stream", "InteractiveCommands", "NonInteractiveCommands", "Port");
  private static final Set<String> STRING_INPUTS =
      Set.of("s3BucketName", "s3KeyPrefix", "cloudWatchLogGroupName", "kmsKeyId",
          "runAsDefaultUser");
  private static final Set<String> BOOLEAN_INPUTS =
      Set.of("s3EncryptionEnabled", "cloudWatchEncryptionEnabled", "cloudWatchStreamingEnabled",
          "runAsEnabled");
  private static final Set<String> REQUIRED_INPUTS =
      Set.of("s3EncryptionEnabled", "cloudWatchEncryptionEnabled", "runAsEnabled");

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  private DocumentContents() {}

  static void name(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw AwsError.SSM_VALIDATION_EXCEPTION.exception(
          "1 validation error detected: Value '" + name + "' at 'name' failed to satisfy"
              + " constraint: Member must satisfy regular expression pattern:"
              + " ^[a-zA-Z0-9_\\-.]{3,128}$");
    }
  }

  static void type(String type) {
    if (!TYPES.contains(type)) {
      throw AwsError.SSM_VALIDATION_EXCEPTION.exception(
          "1 validation error detected: Value '" + type + "' at 'documentType' failed to satisfy"
              + " constraint: Member must satisfy enum value set: " + TYPES);
    }
  }

  static void format(String format) {
    if (!FORMATS.contains(format)) {
      throw AwsError.SSM_VALIDATION_EXCEPTION.exception(
          "1 validation error detected: Value '" + format + "' at 'documentFormat' failed to"
              + " satisfy constraint: Member must satisfy enum value set: [YAML, JSON, TEXT]");
    }
  }

  /** Checks content for a document of this type written in this format. */
  static void check(String type, String format, String content) {
    if (content == null || content.isEmpty()) {
      throw invalid("the content is empty");
    }
    if (content.getBytes(StandardCharsets.UTF_8).length > MAX_SIZE) {
      throw AwsError.SSM_MAX_DOCUMENT_SIZE_EXCEEDED.exception(
          "The size limit of a document is 64 KB.");
    }
    if (format.equals("TEXT")) {
      if (type.equals("Session")) {
        throw invalid("a Session document is JSON or YAML, not TEXT");
      }
      return;
    }
    JsonNode root = parse(content, format);
    if (!root.isObject()) {
      throw invalid("the content is not a " + format + " object");
    }
    JsonNode schemaVersion = root.get("schemaVersion");
    if (schemaVersion == null || !schemaVersion.isTextual()) {
      throw invalid("schemaVersion is missing (a string such as \"1.0\")");
    }
    if (type.equals("Session")) {
      session(root);
    }
  }

  private static JsonNode parse(String content, String format) {
    try {
      JsonNode node = (format.equals("YAML") ? YAML : JSON).readTree(content);
      if (node == null || node.isMissingNode()) {
        throw invalid("the content is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw invalid("the content is not " + format + ": " + e.getOriginalMessage());
    }
  }

  private static void session(JsonNode root) {
    if (!root.get("schemaVersion").asText().equals("1.0")) {
      throw AwsError.SSM_INVALID_DOCUMENT_SCHEMA_VERSION.exception(
          "The version of the document schema is not supported.",
          "Session documents use schemaVersion \"1.0\", not \""
              + root.get("schemaVersion").asText() + "\"");
    }
    JsonNode sessionType = root.get("sessionType");
    if (sessionType == null || !SESSION_TYPES.contains(sessionType.asText())) {
      throw invalid("sessionType " + sessionType + " is not one of " + SESSION_TYPES);
    }
    if (!sessionType.asText().equals("Standard_Stream")) {
      return;
    }
    JsonNode inputs = root.get("inputs");
    if (inputs == null || !inputs.isObject()) {
      throw invalid("a Standard_Stream document needs an inputs object");
    }
    for (String required : REQUIRED_INPUTS) {
      if (!inputs.has(required)) {
        throw invalid("inputs." + required + " is required");
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = inputs.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      input(f.getKey(), f.getValue());
    }
  }

  private static void input(String key, JsonNode value) {
    String at = "inputs." + key;
    if (STRING_INPUTS.contains(key)) {
      require(value.isTextual(), at + " must be a string");
    } else if (BOOLEAN_INPUTS.contains(key)) {
      require(value.isBoolean(), at + " must be true or false");
    } else if (key.equals("idleSessionTimeout")) {
      minutes(at, value, 1, 60, false);
    } else if (key.equals("maxSessionDuration")) {
      minutes(at, value, 1, 1440, true);
    } else if (key.equals("shellProfile")) {
      require(value.isObject(), at + " must be an object with linux and windows");
      value.fields().forEachRemaining(p -> {
        require(p.getKey().equals("linux") || p.getKey().equals("windows"),
            at + "." + p.getKey() + " is not linux or windows");
        require(p.getValue().isTextual(), at + "." + p.getKey() + " must be a string");
      });
    } else {
      throw invalid(at + " is not an input of Session Manager preferences");
    }
  }

  private static void minutes(String at, JsonNode value, int min, int max, boolean emptyAllowed) {
    require(value.isTextual(), at + " must be a string of minutes");
    String text = value.asText();
    if (text.isEmpty() && emptyAllowed) {
      return;
    }
    boolean ok;
    try {
      int n = Integer.parseInt(text);
      ok = n >= min && n <= max;
    } catch (NumberFormatException e) {
      ok = false;
    }
    require(ok, at + " '" + text + "' is not a number of minutes from " + min + " to " + max);
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw invalid(problem);
    }
  }

  private static RuntimeException invalid(String problem) {
    return AwsError.SSM_INVALID_DOCUMENT_CONTENT.exception(
        "The content for the document is not valid: " + problem + ".");
  }
}
