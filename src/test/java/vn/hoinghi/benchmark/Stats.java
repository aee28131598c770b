package vn.hoinghi.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies per operation, in milliseconds, with percentiles. Thread-safe. */
final class Stats {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();

    void record(String operation, long elapsedNanos) {
        nanos.computeIfAbsent(operation, k -> Collections.synchronizedList(new ArrayList<>())).add(elapsedNanos);
    }

    <T> T time(String operation, java.util.function.Supplier<T> action) {
        long start = System.nanoTime();
        try {
            return action.get();
        } finally {
            record(operation, System.nanoTime() - start);
        }
    }

    void time(String operation, Runnable action) {
        long start = System.nanoTime();
        try {
            action.run();
        } finally {
            record(operation, System.nanoTime() - start);
        }
    }

    record Summary(long count, double p50, double p95, double p99, double max) {
    }

    Map<String, Summary> summaries() {
        Map<String, Summary> out = new TreeMap<>();
        nanos.forEach((op, list) -> {
            List<Long> sorted;
            synchronized (list) {
                sorted = new ArrayList<>(list);
            }
            Collections.sort(sorted);
            out.put(op, new Summary(sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));
        });
        return out;
    }

    long count(String prefix) {
        return nanos.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().size()).sum();
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
