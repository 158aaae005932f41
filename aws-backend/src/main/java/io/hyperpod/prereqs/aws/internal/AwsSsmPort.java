package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.ssm.SsmDocument;
import io.hyperpod.prereqs.spi.ssm.SsmDocumentDescription;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentDescription;
import software.amazon.awssdk.services.ssm.model.GetDocumentResponse;
import software.amazon.awssdk.services.ssm.model.Tag;

/**
 * {@link SsmPort} on the SDK's SSM client. A document that does not exist ({@code
 * InvalidDocument}) is an empty result for the reads that allow one, an error otherwise. The client
 * is made on the first call that needs it, so a run that never uses SSM makes none.
 */
public final class AwsSsmPort implements SsmPort {
  private static final String INVALID_DOCUMENT = "InvalidDocument";

  private final Supplier<SsmClient> client;

  public AwsSsmPort(Supplier<SsmClient> client) {
    this.client = requireNonNull(client, "client is null");
  }

  @Override
  public Optional<SsmDocumentDescription> describeDocument(String name) {
    return AwsErrors.absentOn(
        INVALID_DOCUMENT,
        () ->
            AwsErrors.call(
                AwsCall.ssm("DescribeDocument", document(name)),
                () -> description(ssm().describeDocument(r -> r.name(name)).document())));
  }

  @Override
  public Optional<SsmDocument> getDocument(String name) {
    return AwsErrors.absentOn(
        INVALID_DOCUMENT,
        () ->
            AwsErrors.call(
                AwsCall.ssm("GetDocument", document(name)),
                () -> document(ssm().getDocument(r -> r.name(name)))));
  }

  @Override
  public SsmDocument getDocument(String name, String documentVersion) {
    return AwsErrors.call(
        AwsCall.ssm("GetDocument", version(name, documentVersion)),
        () -> document(ssm().getDocument(r -> r.name(name).documentVersion(documentVersion))));
  }

  @Override
  public SsmDocumentDescription createDocument(
      String name,
      String documentType,
      String documentFormat,
      String content,
      Map<String, String> tags) {
    return AwsErrors.call(
        AwsCall.ssm("CreateDocument", document(name)),
        () ->
            description(
                ssm().createDocument(
                        request -> {
                          request
                              .name(name)
                              .documentType(documentType)
                              .documentFormat(documentFormat)
                              .content(content);
                          if (!tags.isEmpty()) {
                            request.tags(sdkTags(tags));
                          }
                        })
                    .documentDescription()));
  }

  @Override
  public SsmDocumentDescription updateDocument(
      String name, String content, String documentFormat, String documentVersion) {
    return AwsErrors.call(
        AwsCall.ssm("UpdateDocument", version(name, documentVersion)),
        () ->
            description(
                ssm().updateDocument(
                        request ->
                            request
                                .name(name)
                                .content(content)
                                .documentFormat(documentFormat)
                                .documentVersion(documentVersion))
                    .documentDescription()));
  }

  @Override
  public void updateDefaultVersion(String name, String documentVersion) {
    AwsErrors.run(
        AwsCall.ssm("UpdateDocumentDefaultVersion", version(name, documentVersion)),
        () ->
            ssm().updateDocumentDefaultVersion(
                    request -> request.name(name).documentVersion(documentVersion)));
  }

  @Override
  public void deleteDocument(String name) {
    AwsErrors.run(
        AwsCall.ssm("DeleteDocument", document(name)),
        () -> ssm().deleteDocument(request -> request.name(name)));
  }

  private SsmClient ssm() {
    return client.get();
  }

  private static SsmDocumentDescription description(DocumentDescription d) {
    Map<String, String> tags = new TreeMap<>();
    if (d.hasTags()) {
      d.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
    }
    return SsmDocumentDescription.builder()
        .name(d.name())
        .documentType(text(d.documentTypeAsString()))
        .documentFormat(text(d.documentFormatAsString()))
        .documentVersion(text(d.documentVersion()))
        .defaultVersion(text(d.defaultVersion()))
        .latestVersion(text(d.latestVersion()))
        .status(text(d.statusAsString()))
        .owner(text(d.owner()))
        .createdDate(d.createdDate() == null ? Instant.EPOCH : d.createdDate())
        .tags(tags)
        .build();
  }

  private static SsmDocument document(GetDocumentResponse d) {
    return SsmDocument.builder()
        .name(d.name())
        .documentType(text(d.documentTypeAsString()))
        .documentFormat(text(d.documentFormatAsString()))
        .documentVersion(text(d.documentVersion()))
        .content(text(d.content()))
        .status(text(d.statusAsString()))
        .build();
  }

  private static List<Tag> sdkTags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
        .toList();
  }

  /** A field SSM left out, as the empty string. */
  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String document(String name) {
    return "document '" + name + "'";
  }

  private static String version(String name, String documentVersion) {
    return "version " + documentVersion + " of " + document(name);
  }

  @Override
  public io.hyperpod.prereqs.spi.ssm.SsmSession startSession(String target) {
    var response =
        AwsErrors.call(
            AwsCall.ssm("StartSession", "a session on '" + target + "'"),
            () -> ssm().startSession(r -> r.target(target)));
    return io.hyperpod.prereqs.spi.ssm.SsmSession.builder()
        .sessionId(response.sessionId())
        .streamUrl(response.streamUrl())
        .tokenValue(response.tokenValue())
        .build();
  }
}
