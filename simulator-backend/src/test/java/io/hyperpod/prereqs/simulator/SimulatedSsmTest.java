package io.hyperpod.prereqs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The simulated SSM documents beyond the SPI contract: Session content checks, statuses. */
class SimulatedSsmTest {
  static final String INPUTS_OK =
      "\"s3EncryptionEnabled\": true, \"cloudWatchEncryptionEnabled\": true,"
          + " \"runAsEnabled\": true";

  private final AwsSimulator simulator = AwsSimulator.create();
  private final SsmPort ssm = simulator.backend("us-west-2").ssm();

  static String preferences(String inputs) {
    return "{\"schemaVersion\": \"1.0\", \"sessionType\": \"Standard_Stream\", \"inputs\": {"
        + inputs + "}}";
  }

  private SsmDocumentDescription create(String content) {
    return ssm.createDocument("prefs", "Session", "JSON", content, Map.of());
  }

  /** The simulator's reason for the last call it refused, from its journal. */
  private String lastReason() {
    java.util.List<RecordedCall> calls = simulator.calls();
    return calls.get(calls.size() - 1).reason().orElse("");
  }

  private static void assertInvalid(ThrowingCallable call, String code, String detail) {
    assertThatExceptionOfType(CloudException.class).isThrownBy(call)
        .satisfies(e -> {
          assertThat(e.errorCode()).isEqualTo(code);
          assertThat(e.statusCode()).isEqualTo(400);
        })
        .withMessageContaining(detail);
  }

  @Test
  void createDocument_validPreferences_answersCreatingThenReadsActive() {
    SsmDocumentDescription created = create(preferences(INPUTS_OK
        + ", \"idleSessionTimeout\": \"60\", \"maxSessionDuration\": \"\","
        + " \"shellProfile\": {\"linux\": \"bash\", \"windows\": \"\"}"));

    assertThat(created.status()).isEqualTo("Creating");
    assertThat(ssm.describeDocument("prefs").orElseThrow().status()).isEqualTo("Active");
    assertThat(ssm.getDocument("prefs").orElseThrow().status()).isEqualTo("Active");
  }

  @Test
  void createDocument_inputOutOfRange_failsWithInvalidDocumentContent() {
    assertInvalid(() -> create(preferences(INPUTS_OK + ", \"idleSessionTimeout\": \"90\"")),
        "InvalidDocumentContent", "inputs.idleSessionTimeout '90'");
    assertInvalid(() -> create(preferences(INPUTS_OK + ", \"maxSessionDuration\": \"0\"")),
        "InvalidDocumentContent", "from 1 to 1440");
  }

  @Test
  void createDocument_unknownOrMistypedInput_failsWithInvalidDocumentContent() {
    assertInvalid(() -> create(preferences(INPUTS_OK + ", \"runAsUser\": \"x\"")),
        "InvalidDocumentContent", "inputs.runAsUser is not an input");
    assertInvalid(() -> create(preferences(
        "\"s3EncryptionEnabled\": true, \"cloudWatchEncryptionEnabled\": true,"
            + " \"runAsEnabled\": \"true\"")),
        "InvalidDocumentContent", "inputs.runAsEnabled must be true or false");
    assertInvalid(() -> create(preferences(INPUTS_OK + ", \"shellProfile\": {\"mac\": \"\"}")),
        "InvalidDocumentContent", "shellProfile.mac");
  }

  @Test
  void createDocument_requiredInputMissing_failsWithInvalidDocumentContent() {
    assertInvalid(() -> create(preferences(
        "\"s3EncryptionEnabled\": true, \"cloudWatchEncryptionEnabled\": true")),
        "InvalidDocumentContent", "inputs.runAsEnabled is required");
  }

  @Test
  void createDocument_sessionSchemaVersionOtherThanOne_failsWithInvalidDocumentSchemaVersion() {
    assertInvalid(() -> create(preferences(INPUTS_OK).replace("\"1.0\"", "\"2.2\"")),
        "InvalidDocumentSchemaVersion", "The version of the document schema is not supported.");
    assertThat(lastReason()).contains("\"2.2\"");
  }

  @Test
  void createDocument_sessionAsText_failsWithInvalidDocumentContent() {
    assertInvalid(() -> ssm.createDocument("prefs", "Session", "TEXT", "hello", Map.of()),
        "InvalidDocumentContent", "not TEXT");
  }

  @Test
  void createDocument_yamlPreferences_areAccepted() {
    ssm.createDocument("prefs", "Session", "YAML", String.join("\n",
        "schemaVersion: '1.0'", "sessionType: Standard_Stream", "inputs:",
        "  s3EncryptionEnabled: true", "  cloudWatchEncryptionEnabled: true",
        "  runAsEnabled: false", ""), Map.of());

    assertThat(ssm.getDocument("prefs").orElseThrow().documentFormat()).isEqualTo("YAML");
  }

  @Test
  void createDocument_badNameOrType_failsWithValidationException() {
    assertInvalid(() -> ssm.createDocument("x", "Session", "JSON", preferences(INPUTS_OK),
        Map.of()), "ValidationException", "'x' at 'name'");
    assertInvalid(() -> ssm.createDocument("prefs", "Sessions", "JSON", preferences(INPUTS_OK),
        Map.of()), "ValidationException", "'Sessions' at 'documentType'");
  }

  @Test
  void createDocument_over64Kilobytes_failsWithMaxDocumentSizeExceeded() {
    String big = preferences(INPUTS_OK + ", \"s3KeyPrefix\": \"" + "a".repeat(70_000) + "\"");

    assertThatExceptionOfType(LimitExceededException.class).isThrownBy(() -> create(big))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("MaxDocumentSizeExceeded"));
  }

  @Test
  void updateDocument_invalidContent_leavesTheVersionsAsTheyWere() {
    create(preferences(INPUTS_OK));

    assertThatExceptionOfType(MalformedException.class).isThrownBy(() -> ssm.updateDocument(
        "prefs", preferences(INPUTS_OK + ", \"idleSessionTimeout\": \"x\""), "JSON", "$LATEST"));

    assertThat(ssm.describeDocument("prefs").orElseThrow().latestVersion()).isEqualTo("1");
  }

  @Test
  void updateDefaultVersion_versionThatDoesNotExist_failsWithInvalidDocumentVersion() {
    create(preferences(INPUTS_OK));

    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> ssm.updateDefaultVersion("prefs", "2"))
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidDocumentVersion"))
        .withMessage("The document version is not valid or does not exist.");
    assertThat(lastReason()).contains("versions 1 to 1");
  }

  @Test
  void documents_areRegional() {
    create(preferences(INPUTS_OK));

    assertThat(simulator.backend("eu-west-1").ssm().describeDocument("prefs")).isEmpty();
  }

  @Test
  void toJson_documentVersions_surviveASnapshot() {
    create(preferences(INPUTS_OK));
    ssm.updateDocument("prefs", preferences(INPUTS_OK.replace("\"runAsEnabled\": true",
        "\"runAsEnabled\": false")), "JSON", "1");
    ssm.updateDefaultVersion("prefs", "2");

    SsmPort restored = AwsSimulator.fromJson(simulator.toJson()).backend("us-west-2").ssm();

    SsmDocumentDescription d = restored.describeDocument("prefs").orElseThrow();
    assertThat(d.defaultVersion()).isEqualTo("2");
    assertThat(restored.getDocument("prefs", "1").content()).isEqualTo(preferences(INPUTS_OK));
  }
}
