package io.hyperpod.prereqs.spi.ssm;

import java.util.Map;
import java.util.Optional;

/**
 * SSM documents, for the Session Manager preferences document. Methods fail with {@link
 * io.hyperpod.prereqs.spi.CloudException}s carrying SSM's error codes: {@code InvalidDocument} for
 * a document that does not exist (NotFoundException), {@code InvalidDocumentVersion}
 * (NotFoundException), {@code DocumentAlreadyExists} (AlreadyExistsException), {@code
 * DuplicateDocumentContent} (ConflictException), {@code InvalidDocumentContent} and {@code
 * InvalidDocumentSchemaVersion} (MalformedException).
 */
public interface SsmPort {
  /** The account's Session Manager preferences in a region: one document of type Session. */
  String PREFERENCES_DOCUMENT = "SSM-SessionManagerRunShell";

  /** The document type of Session Manager documents. */
  String SESSION = "Session";

  /** The document format this project writes. */
  String JSON = "JSON";

  /**
   * DescribeDocument of the default version; empty when the document does not exist.
   *
   * @param name the document's name, e.g. {@code SSM-SessionManagerRunShell}
   * @return the document's description (versions, type, format), or empty
   */
  Optional<SsmDocumentDescription> describeDocument(String name);

  /**
   * GetDocument of the default version; empty when the document does not exist.
   *
   * @param name the document's name
   * @return the default version's content and format, or empty
   */
  Optional<SsmDocument> getDocument(String name);

  /**
   * GetDocument of one version; fails with InvalidDocumentVersion when it does not exist.
   *
   * @param name the document's name
   * @param documentVersion the version, e.g. {@code 2}
   * @return that version's content and format
   */
  SsmDocument getDocument(String name, String documentVersion);

  /**
   * CreateDocument; version 1 becomes the default. Fails with DocumentAlreadyExists,
   * InvalidDocumentContent (content not valid for the type).
   *
   * @param name the document's name
   * @param documentType the type, e.g. {@code Session}
   * @param documentFormat {@code JSON} or {@code YAML}
   * @param content the document's content, in that format
   * @param tags the document's tags
   * @return the new document's description
   */
  SsmDocumentDescription createDocument(
      String name,
      String documentType,
      String documentFormat,
      String content,
      Map<String, String> tags);

  /**
   * UpdateDocument: adds a version after {@code documentVersion}, which must be the latest one (or
   * {@code $LATEST}); the default version stays as it was. Fails with DuplicateDocumentContent
   * when a version with this content exists, InvalidDocumentVersion when {@code documentVersion}
   * is not the latest.
   *
   * @param name the document's name
   * @param content the new version's content
   * @param documentFormat {@code JSON} or {@code YAML}
   * @param documentVersion the latest version, or {@code $LATEST}
   * @return the description of the new version
   */
  SsmDocumentDescription updateDocument(
      String name, String content, String documentFormat, String documentVersion);

  /**
   * UpdateDocumentDefaultVersion: the version sessions use from now on.
   *
   * @param name the document's name
   * @param documentVersion the version to make the default, e.g. {@code 2}
   */
  void updateDefaultVersion(String name, String documentVersion);

  /**
   * DeleteDocument, every version.
   *
   * @param name the document's name
   */
  void deleteDocument(String name);

  /**
   * StartSession on a managed node, e.g. a HyperPod node {@code
   * sagemaker-cluster:<cluster-id>_<group>-<instance-id>}, with the account's Session Manager
   * preferences. Fails with AccessDeniedException when the caller may not {@code
   * ssm:StartSession}, TargetNotConnected when there is no such node.
   *
   * @param target the managed node's target id
   * @return the session's id, stream URL and token
   */
  SsmSession startSession(String target);
}
