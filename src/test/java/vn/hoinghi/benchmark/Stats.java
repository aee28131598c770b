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
    /** SQL statements sent by the timed operations, summed per operation (see StatementCounter). */
    private final Map<String, java.util.concurrent.atomic.LongAdder> statements = new ConcurrentHashMap<>();

    void record(String operation, long elapsedNanos) {
        nanos.computeIfAbsent(operation, k -> Collections.synchronizedList(new ArrayList<>())).add(elapsedNanos);
    }

    <T> T time(String operation, java.util.function.Supplier<T> action) {
        long sql = StatementCounter.current();
        long start = System.nanoTime();
        try {
            return action.get();
        } finally {
            record(operation, System.nanoTime() - start);
            statements.computeIfAbsent(operation, k -> new java.util.concurrent.atomic.LongAdder())
                    .add(StatementCounter.current() - sql);
        }
    }

    void time(String operation, Runnable action) {
        time(operation, () -> {
            action.run();
            return null;
        });
    }

    /** Mean SQL statements per timed call, per operation. */
    Map<String, Double> statementsPerCall() {
        Map<String, Double> out = new TreeMap<>();
        statements.forEach((op, sum) -> {
            List<Long> list = nanos.get(op);
            if (list != null && !list.isEmpty()) {
                out.put(op, Math.round(sum.sum() * 10.0 / list.size()) / 10.0);
            }
        });
        return out;
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
