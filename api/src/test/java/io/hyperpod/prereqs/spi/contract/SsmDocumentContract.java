package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SSM documents of type Session, as the Session Manager preferences are: versions, the default
 * version, and SSM's errors. Documents get names of their own (never the account's preferences)
 * and are deleted afterwards. Part of {@link CloudBackendContractTest}.
 */
public abstract class SsmDocumentContract extends ContractGroup {
  static final String PREFERENCES = """
      {"schemaVersion": "1.0", "description": "contract", "sessionType": "Standard_Stream",
       "inputs": {"s3BucketName": "", "s3EncryptionEnabled": true,
                  "cloudWatchEncryptionEnabled": true, "runAsEnabled": false,
                  "runAsDefaultUser": "", "idleSessionTimeout": "20"}}
      """;

  private String created;

  protected SsmDocumentContract(CloudBackendContractTest suite) {
    super(suite);
  }

  private SsmPort ssm() {
    return backend().ssm();
  }

  private String newDocument() {
    created = unique("contract-doc");
    ssm().createDocument(created, SsmPort.SESSION, SsmPort.JSON, PREFERENCES, Map.of());
    return created;
  }

  private static String withRunAs(boolean on) {
    return PREFERENCES.replace("\"runAsEnabled\": false", "\"runAsEnabled\": " + on)
        .replace("\"contract\"", "\"contract " + on + "\"");
  }

  @AfterEach
  void deleteDocument() {
    if (created != null && ssm().describeDocument(created).isPresent()) {
      ssm().deleteDocument(created);
    }
  }

  @Test
  void createDocument_session_isVersionOneAndTheDefault() {
    String name = newDocument();

    SsmDocumentDescription d = ssm().describeDocument(name).orElseThrow();

    assertThat(d.documentType()).isEqualTo("Session");
    assertThat(d.documentFormat()).isEqualTo("JSON");
    assertThat(d.defaultVersion()).isEqualTo("1");
    assertThat(d.latestVersion()).isEqualTo("1");
    assertThat(d.owner()).isEqualTo(accountId());
    assertThat(ssm().getDocument(name).orElseThrow().content()).isEqualTo(PREFERENCES);
    assertThat(ssm().getDocument(name).orElseThrow().documentVersion()).isEqualTo("1");
  }

  @Test
  void createDocument_nameTaken_failsWithDocumentAlreadyExists() {
    String name = newDocument();

    assertCloudError(
        () -> ssm().createDocument(name, SsmPort.SESSION, SsmPort.JSON, PREFERENCES, Map.of()),
        AlreadyExistsException.class,
        "DocumentAlreadyExists",
        400);
  }

  @Test
  void createDocument_contentNotJson_failsWithInvalidDocumentContent() {
    created = unique("contract-doc");

    assertCloudError(
        () -> ssm().createDocument(created, SsmPort.SESSION, SsmPort.JSON, "{not json",
            Map.of()),
        MalformedException.class,
        "InvalidDocumentContent",
        400);
    assertThat(ssm().describeDocument(created)).isEmpty();
  }

  @Test
  void getDocument_missing_isEmpty() {
    String name = unique("contract-doc");

    assertThat(ssm().getDocument(name)).isEmpty();
    assertThat(ssm().describeDocument(name)).isEmpty();
  }

  @Test
  void getDocument_versionThatDoesNotExist_failsWithInvalidDocumentVersion() {
    String name = newDocument();

    assertCloudError(
        () -> ssm().getDocument(name, "9"),
        NotFoundException.class,
        deviates(KnownDeviation.SSM_MISSING_VERSION_IS_INVALID_DOCUMENT)
            ? "InvalidDocument"
            : "InvalidDocumentVersion",
        400);
  }

  @Test
  void updateDocument_newContent_addsAVersionAndKeepsTheDefault() {
    String name = newDocument();

    SsmDocumentDescription updated =
        ssm().updateDocument(name, withRunAs(true), SsmPort.JSON, "$LATEST");

    assertThat(updated.documentVersion()).isEqualTo("2");
    assertThat(updated.latestVersion()).isEqualTo("2");
    assertThat(updated.defaultVersion()).isEqualTo("1");
    assertThat(ssm().getDocument(name).orElseThrow().content()).isEqualTo(PREFERENCES);
    assertThat(ssm().getDocument(name, "2").content()).isEqualTo(withRunAs(true));
  }

  @Test
  void updateDefaultVersion_newVersion_isWhatGetDocumentReturns() {
    String name = newDocument();
    ssm().updateDocument(name, withRunAs(true), SsmPort.JSON, "1");

    ssm().updateDefaultVersion(name, "2");

    assertThat(ssm().describeDocument(name).orElseThrow().defaultVersion()).isEqualTo("2");
    assertThat(ssm().getDocument(name).orElseThrow().content()).isEqualTo(withRunAs(true));
  }

  @Test
  void updateDocument_sameContentAsAVersion_failsWithDuplicateDocumentContent() {
    String name = newDocument();

    assertCloudError(
        () -> ssm().updateDocument(name, PREFERENCES, SsmPort.JSON, "$LATEST"),
        ConflictException.class,
        "DuplicateDocumentContent",
        400);
  }

  @Test
  void updateDocument_notTheLatestVersion_failsWithInvalidDocumentVersion() {
    String name = newDocument();
    ssm().updateDocument(name, withRunAs(true), SsmPort.JSON, "$LATEST");

    assertCloudError(
        () -> ssm().updateDocument(name, withRunAs(false), SsmPort.JSON, "1"),
        NotFoundException.class,
        "InvalidDocumentVersion",
        400);
  }

  @Test
  void updateDocument_missing_failsWithInvalidDocument() {
    assertCloudError(
        () -> ssm().updateDocument(unique("contract-doc"), PREFERENCES, SsmPort.JSON, "$LATEST"),
        NotFoundException.class,
        "InvalidDocument",
        400);
  }

  @Test
  void deleteDocument_existing_isGoneAndASecondDeleteFails() {
    String name = newDocument();

    ssm().deleteDocument(name);

    assertThat(ssm().describeDocument(name)).isEmpty();
    assertCloudError(
        () -> ssm().deleteDocument(name), NotFoundException.class, "InvalidDocument", 400);
  }
}
