package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Carries out one change so that trying it again is always safe. When a call fails transiently
 * (throttling, a 5xx, an answer lost on the way, when AWS may or may not have done the work) or a
 * create finds its resource already there, the change waits (exponential backoff with full
 * jitter, on the backend's clock), reads its resource again and goes on from what it finds: a
 * resource this stack made (its stack tag, or its client token's resource) is taken and finished;
 * one that is not the stack's fails the change with a message saying so; a delete whose resource
 * is gone is done, and a delete refused while what depended on it is still going away (the network
 * interfaces of a file system being deleted) waits and tries again, for as long as the retry window
 * allows. Bounded by {@link ApplyOptions#attempts()} and {@link
 * ApplyOptions#retryWindow()}, the apply's timeout and its cancellation.
 */
final class ChangeAttempts {
  /** Codes with which a create says the resource exists, whatever their exception type. */
  private static final Set<String> ALREADY_THERE = Set.of(
      "EntityAlreadyExists", "InvalidPermission.Duplicate", "InvalidGroup.Duplicate",
      "RouteAlreadyExists", "DocumentAlreadyExists", "BucketAlreadyOwnedByYou",
      "ResourceAlreadyExistsException", "ParameterAlreadyExists");
  /** Codes of answers that did not come (the AWS backend's I/O failures, injected drops). */
  private static final Set<String> LOST = Set.of("ClientError", "RequestTimeout",
      "RequestTimeoutException", "ConnectionReset", "ServiceUnavailable", "InternalError",
      "InternalFailure", "ServiceFailure");
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofSeconds(20);

  private final CloudBackend backend;
  private final ApplyOptions options;
  private final Deadline deadline;

  ChangeAttempts(CloudBackend backend, ApplyOptions options, Deadline deadline) {
    this.backend = backend;
    this.options = options;
    this.deadline = deadline;
  }

  /** Carries out {@code c}; throws {@link ChangeFailedException} saying why it could not. */
  @SuppressWarnings("unchecked")
  <O> void run(Planning planning, ResourceChange c) {
    Resource<O> resource = (Resource<O>) planning.resources().get(c.address());
    Optional<O> observed = (Optional<O>) planning.observed().get(c.address());
    Diff diff = planning.diffs().get(c.address());
    ApplyContext ctx = new ApplyContext(backend, planning.outputs(), options.listener(), c,
        planning.context(), deadline);
    Duration waited = Duration.ZERO;
    Random jitter = new Random(c.address().toString().hashCode());
    for (int attempt = 1; ; attempt++) {
      try {
        if (c.action() == ChangeAction.DELETE) {
          if (observed.isPresent()) {
            resource.destroy(ctx, observed.get());
          }
        } else {
          Map<String, String> outputs = resource.apply(ctx, diff, observed);
          planning.outputs().put(c.address(), outputs);
        }
        return;
      } catch (CloudException e) {
        boolean alreadyThere = c.action() != ChangeAction.DELETE && alreadyThere(e);
        boolean waitForDependents = c.action() == ChangeAction.DELETE
            && e instanceof DependencyViolationException;
        // A delete answered "not found" may be its own earlier try, carried out but its answer
        // lost (and resent by the SDK): read back, and a resource that is gone is done.
        boolean goneAlready = c.action() == ChangeAction.DELETE && e instanceof NotFoundException;
        alreadyThere = alreadyThere || goneAlready;
        if (!alreadyThere && !waitForDependents && !transientFailure(e)) {
          throw new ChangeFailedException(describe(e) + fix(e), e);
        }
        Duration delay = alreadyThere ? Duration.ZERO : backoff(attempt, jitter);
        boolean outOfAttempts = attempt >= options.attempts() && !waitForDependents;
        if (outOfAttempts || !deadline.mayRetry(waited, delay)) {
          throw new ChangeFailedException(describe(e) + "; still failing after " + attempt
              + " attempt(s) and " + Deadline.minutes(waited) + " of waits" + stopped()
              + ": wait a little and run the command again (it goes on from where it stopped)",
              e);
        }
        if (!delay.isZero()) {
          ctx.progress("retrying after " + e.errorCode() + " (attempt " + (attempt + 1) + " of "
              + options.attempts() + ")");
          backend.pause(delay);
          waited = waited.plus(delay);
        }
        observed = observeAgain(resource, planning);
        if (c.action() == ChangeAction.DELETE) {
          continue;
        }
        if (observed.isPresent()) {
          if (c.action() == ChangeAction.CREATE && !resource.madeByStack(observed.get())) {
            throw new ChangeFailedException(describe(e) + "; " + c.address()
                + " exists now but was not made by this stack (it lacks the stack tag): another"
                + " tool or person created it meanwhile; delete or rename it, or run plan again"
                + " to review adopting it", e);
          }
          diff = resource.diff(observed.get(), planning.outputs());
          if (diff.action() == ChangeAction.NOOP) {
            planning.outputs().put(c.address(), resource.outputs(observed.get()));
            return;
          }
        } else {
          if (alreadyThere) {
            throw new ChangeFailedException(describe(e) + "; it cannot be read back: it belongs"
                + " to another account or this caller may not read it; choose another name", e);
          }
          diff = resource.diffMissing(planning.outputs());
        }
      }
    }
  }

  private <O> Optional<O> observeAgain(Resource<O> resource, Planning planning) {
    return resource.observe(new ObserveContext(backend, planning.context().caller()));
  }

  private String stopped() {
    return deadline.stopReason().map(r -> " (" + r + ")").orElse("");
  }

  static boolean alreadyThere(CloudException e) {
    return e instanceof AlreadyExistsException && !"BucketAlreadyExists".equals(e.errorCode())
        || ALREADY_THERE.contains(e.errorCode());
  }

  static boolean transientFailure(CloudException e) {
    return e instanceof ThrottledException || e.retryable() || LOST.contains(e.errorCode());
  }

  /** Full jitter: a random wait up to the exponential bound, at least a tenth of it. */
  static Duration backoff(int attempt, Random jitter) {
    long bound = FIRST_DELAY.toMillis() << Math.min(attempt - 1, 16);
    bound = Math.min(bound, MAX_DELAY.toMillis());
    return Duration.ofMillis(bound / 10 + (long) (jitter.nextDouble() * (bound - bound / 10)));
  }

  static String describe(CloudException e) {
    String message = String.valueOf(e.getMessage());
    String call = e.service() + " answered " + e.errorCode()
        + (e.statusCode() > 0 ? " (HTTP " + e.statusCode() + ")" : "");
    return message.contains(e.errorCode()) ? message : call + ": " + message;
  }

  private static String fix(CloudException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("; ") || m.contains(". ")) {
      return "";
    }
    return switch (e.getClass().getSimpleName()) {
      case "AccessDeniedException" -> "; give the caller the permission"
          + " (iam-policy-for-tool prints the policy the tool needs)";
      case "LimitExceededException" -> "; raise the quota or remove unused resources";
      case "DependencyViolationException" -> "; something outside the stack still uses it";
      default -> "";
    };
  }
}
