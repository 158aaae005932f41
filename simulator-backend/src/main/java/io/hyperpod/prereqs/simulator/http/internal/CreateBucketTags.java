package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The tags of a CreateBucket request ({@code CreateBucketConfiguration/Tags/Tag}) as S3 reads
 * them: a tag without Key or Value is MalformedXML, an {@code aws:} key is InvalidTag with
 * CreateBucket's own message, and a key given twice is what AWS answers it with, InternalError
 * (500). The characters and lengths are checked with PutBucketTagging's rules.
 */
final class CreateBucketTags {
  private CreateBucketTags() {}

  static Map<String, String> read(Element configuration) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Element set : XmlBodies.children(configuration, "Tags")) {
      for (Element tag : XmlBodies.children(set, "Tag")) {
        String key = XmlBodies.childText(tag, "Key");
        String value = XmlBodies.childText(tag, "Value");
        if (key == null || value == null) {
          throw S3BucketActions.malformedXml();
        }
        if (key.regionMatches(true, 0, "aws:", 0, 4)) {
          throw AwsError.S3_INVALID_TAG.exception(
              "User-defined tag keys can't start with \"aws:\". This prefix is reserved for system"
                  + " tags. Remove \"aws:\" from your tag keys and try again.",
              "tag key '" + key + "' starts with aws:");
        }
        if (tags.put(key, value) != null) {
          throw AwsError.S3_INTERNAL_ERROR.exception(
              "We encountered an internal error. Please try again.",
              "the tag key '"
                  + key
                  + "' is given twice; AWS answers that in CreateBucket with InternalError (500)");
        }
      }
    }
    return tags;
  }
}
