package io.hyperpod.prereqs.simulator.internal.ssm;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import java.util.Map;

/**
 * SSM's document operations with AWS's semantics on one account's {@link SsmStore} in one region.
 * Each method checks everything before it changes anything. Use inside a {@link
 * BackendContext#call}; the simulator's HTTP front calls these too.
 */
public final class SsmOperations {
  /** Versions one document may have. */
  static final int MAX_VERSIONS = 1000;

  static final String LATEST = "$LATEST";
  static final String DEFAULT = "$DEFAULT";
  static final String ACTIVE = "Active";

  private final BackendContext context;
  private final SsmStore store;

  public SsmOperations(BackendContext context) {
    this.context = context;
    this.store = context.regionState().ssm();
  }

  /**
   * CreateDocument. The type defaults to Command and the format to JSON, as in AWS; version 1
   * becomes the default. The answer shows status Creating; reads show Active.
   */
  public SsmDocumentDescription createDocument(
      String name,
      String content,
      String documentType,
      String documentFormat,
      Map<String, String> tags) {
    DocumentContents.name(name);
    String type = documentType == null ? "Command" : documentType;
    String format = documentFormat == null ? "JSON" : documentFormat;
    DocumentContents.type(type);
    DocumentContents.format(format);
    if (store.document(name).isPresent()) {
      throw AwsError.SSM_DOCUMENT_ALREADY_EXISTS.exception(
          "Document with same name " + name + " already exists");
    }
    DocumentContents.check(type, format, content);
    DocumentRecord d = new DocumentRecord();
    d.name = name;
    d.documentType = type;
    d.owner = context.accountId();
    d.createdDate = context.now();
    if (tags != null) {
      d.tags.putAll(tags);
    }
    d.versions.add(version(1, content, format));
    d.defaultVersion = 1;
    store.put(d);
    return description(d, d.latest(), "Creating");
  }

  /**
   * UpdateDocument: a new version after the latest one; {@code documentVersion} (the latest
   * number or {@code $LATEST}; null means the latest) must name the latest version. The default
   * version does not change. The answer shows status Updating.
   */
  public SsmDocumentDescription updateDocument(
      String name, String content, String documentFormat, String documentVersion) {
    DocumentRecord d = document(name);
    String format = documentFormat == null ? "JSON" : documentFormat;
    DocumentContents.format(format);
    DocumentVersionRecord latest = d.latest();
    if (documentVersion != null
        && !documentVersion.equals(LATEST)
        && !documentVersion.equals(Integer.toString(latest.version))) {
      throw AwsError.SSM_INVALID_DOCUMENT_VERSION.exception(
          "The document version is not valid or does not exist.",
          "only the latest version ("
              + latest.version + " or $LATEST) of " + name + " can be updated, not "
              + documentVersion);
    }
    DocumentContents.check(d.documentType, format, content);
    for (DocumentVersionRecord v : d.versions) {
      if (v.content.equals(content)) {
        throw AwsError.SSM_DUPLICATE_DOCUMENT_CONTENT.exception(
            "The content of the association document matches another document. Change the"
                + " content of the document and try again.",
            "version " + v.version + " of " + name + " has this content");
      }
    }
    if (d.versions.size() >= MAX_VERSIONS) {
      throw AwsError.SSM_DOCUMENT_VERSION_LIMIT_EXCEEDED.exception(
          "Document " + name + " has " + MAX_VERSIONS + " versions, the most it may have.");
    }
    DocumentVersionRecord added = version(latest.version + 1, content, format);
    d.versions.add(added);
    return description(d, added, "Updating");
  }

  /** GetDocument: the version asked for (number, {@code $LATEST}, {@code $DEFAULT}, or null). */
  /**
   * StartSession as the HTTP front serves it: the caller's policies and the Run As preferences
   * read as {@code root}, then the session started on the target's node.
   */
  public io.hyperpod.prereqs.spi.ssm.SsmSession startSession(
      io.hyperpod.prereqs.spi.CloudBackend root, String target) {
    return SessionStart.start(context, SessionStart.prepare(root, context.caller()), target);
  }

  public SsmDocument getDocument(String name, String documentVersion) {
    DocumentRecord d = document(name);
    DocumentVersionRecord v = version(d, documentVersion);
    return SsmDocument.builder()
        .name(d.name)
        .documentType(d.documentType)
        .documentFormat(v.format)
        .documentVersion(Integer.toString(v.version))
        .content(v.content)
        .status(ACTIVE)
        .build();
  }

  /** DescribeDocument, of the default version unless another is named. */
  public SsmDocumentDescription describeDocument(String name, String documentVersion) {
    DocumentRecord d = document(name);
    return description(d, version(d, documentVersion), ACTIVE);
  }

  /** UpdateDocumentDefaultVersion. */
  public SsmDocumentDescription updateDocumentDefaultVersion(String name, String documentVersion) {
    DocumentRecord d = document(name);
    if (documentVersion == null) {
      throw AwsError.SSM_VALIDATION_EXCEPTION.exception(
          "1 validation error detected: Value null at 'documentVersion' failed to satisfy"
              + " constraint: Member must not be null");
    }
    DocumentVersionRecord v = version(d, documentVersion);
    d.defaultVersion = v.version;
    return description(d, v, ACTIVE);
  }

  /** DeleteDocument, every version. */
  public void deleteDocument(String name) {
    store.remove(document(name).name);
  }

  private DocumentRecord document(String name) {
    return store.document(name)
        .orElseThrow(
            () ->
                AwsError.SSM_INVALID_DOCUMENT.exception(
                    "The specified document does not exist: " + name + "."));
  }

  private static DocumentVersionRecord version(DocumentRecord d, String documentVersion) {
    if (documentVersion == null || documentVersion.equals(DEFAULT)) {
      return d.defaultVersionRecord();
    }
    if (documentVersion.equals(LATEST)) {
      return d.latest();
    }
    try {
      return d.version(Integer.parseInt(documentVersion)).orElseThrow();
    } catch (RuntimeException e) {
      throw AwsError.SSM_INVALID_DOCUMENT_VERSION.exception(
          "The document version is not valid or does not exist.",
          d.name + " has versions 1 to " + d.latest().version + ", not '" + documentVersion
              + "'");
    }
  }

  private DocumentVersionRecord version(int number, String content, String format) {
    DocumentVersionRecord v = new DocumentVersionRecord();
    v.version = number;
    v.content = content;
    v.format = format;
    v.createdDate = context.now();
    return v;
  }

  private static SsmDocumentDescription description(
      DocumentRecord d, DocumentVersionRecord v, String status) {
    return SsmDocumentDescription.builder()
        .name(d.name)
        .documentType(d.documentType)
        .documentFormat(v.format)
        .documentVersion(Integer.toString(v.version))
        .defaultVersion(Integer.toString(d.defaultVersion))
        .latestVersion(Integer.toString(d.latest().version))
        .status(status)
        .owner(d.owner)
        .createdDate(d.createdDate)
        .tags(d.tags)
        .build();
  }
}
