package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.spi.CloudException;

/**
 * The AWS query protocol of IAM and STS: {@code <XResponse><XResult>...</XResult>
 * <ResponseMetadata><RequestId/></ResponseMetadata></XResponse>} (the result first: the Java SDK
 * takes the root's first child as the result), errors as {@code <ErrorResponse><Error>
 * <Type/><Code/><Message/></Error><RequestId/></ErrorResponse>}.
 */
public abstract class AwsQueryService extends QueryProtocol {
  private final String xmlns;

  protected AwsQueryService(String signingName, String xmlns) {
    super(signingName);
    this.xmlns = xmlns;
  }

  @Override
  protected final byte[] envelope(String action, Xml result, String requestId) {
    Xml xml = Xml.document().start(action + "Response", xmlns);
    if (!result.isEmpty()) {
      xml.start(action + "Result").append(result).end();
    }
    return xml.start("ResponseMetadata")
        .element("RequestId", requestId)
        .end()
        .end()
        .bytes();
  }

  @Override
  protected final byte[] errorBody(String code, String message, int status, String requestId) {
    return Xml.document()
        .start("ErrorResponse", xmlns)
        .start("Error")
        .element("Type", status >= 500 ? "Receiver" : "Sender")
        .element("Code", code)
        .element("Message", message)
        .end()
        .element("RequestId", requestId)
        .end()
        .bytes();
  }

  @Override
  protected CloudException invalidParameter(String name, String problem) {
    return validationError(signingName(), name, problem);
  }
}
