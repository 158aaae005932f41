package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.RecordedCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The most recent calls into the simulator, oldest first, at most {@value #CAPACITY}. */
final class CallJournal {
  static final int CAPACITY = 100_000;

  private final Deque<RecordedCall> calls = new ArrayDeque<>();

  synchronized void record(RecordedCall call) {
    if (calls.size() == CAPACITY) {
      calls.removeFirst();
    }
    calls.addLast(call);
  }

  synchronized List<RecordedCall> calls() {
    return List.copyOf(new ArrayList<>(calls));
  }

  synchronized void clear() {
    calls.clear();
  }
}
