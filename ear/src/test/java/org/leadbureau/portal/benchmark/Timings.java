package org.leadbureau.portal.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Times one kind of request, from one client or several at once, and keeps a Markdown table row per kind:
 * samples, p50, p95, p99, max (ms) and requests/s. A request answers its HTTP status; anything but 2xx stops the run.
 */
final class Timings {

    /** One measured kind of request: its times in order, and its rate. */
    record Result(String name, long[] sortedNanos, double requestsPerSecond) {
        double p(double fraction) {
            return sortedNanos[Math.max(0, (int) Math.ceil(sortedNanos.length * fraction) - 1)] / 1e6;
        }

        double max() {
            return sortedNanos[sortedNanos.length - 1] / 1e6;
        }
    }

    private final int warmUp;
    private final int samples;
    private final List<Result> results = new ArrayList<>();

    Timings(int warmUp, int samples) {
        this.warmUp = warmUp;
        this.samples = samples;
    }

    Result sequential(String name, IntFunction<Integer> request) {
        // Warm-up requests get numbers of their own, as in concurrent: a request that creates something stays unique.
        for (int i = 0; i < warmUp; i++) {
            request.apply(samples + i);
        }
        long[] nanos = new long[samples];
        long started = System.nanoTime();
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            check(name, request.apply(i));
            nanos[i] = System.nanoTime() - t0;
        }
        return record(name, nanos, System.nanoTime() - started);
    }

    Result concurrent(String name, int clients, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> warming = new ArrayList<>();
            for (int i = 0; i < warmUp; i++) {
                int n = samples + i;
                warming.add(pool.submit(() -> request.apply(n)));
            }
            for (Future<?> future : warming) {
                future.get();
            }
            List<Future<Long>> timings = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                int n = i;
                timings.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    check(name, request.apply(n));
                    return System.nanoTime() - t0;
                }));
            }
            long[] nanos = new long[samples];
            for (int i = 0; i < samples; i++) {
                nanos[i] = timings.get(i).get();
            }
            return record(name, nanos, System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Times measured elsewhere (plain Lucene in this JVM), in the same table. */
    Result record(String name, long[] nanos, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Result result = new Result(name, sorted, sorted.length / (wallNanos / 1e9));
        results.add(result);
        return result;
    }

    /** The slowest single request of every kind measured so far. */
    String slowest() {
        Result worst = results.stream().max((a, b) -> Double.compare(a.max(), b.max())).orElseThrow();
        return String.format(Locale.ROOT, "%.1f ms (%s)", worst.max(), worst.name());
    }

    String table() {
        StringBuilder table = new StringBuilder(
                "| request | samples | p50 ms | p95 ms | p99 ms | max ms | requests/s |\n|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.1f | %.0f |%n", r.name(),
                    r.sortedNanos().length, r.p(0.50), r.p(0.95), r.p(0.99), r.max(), r.requestsPerSecond()));
        }
        return table.toString();
    }

    private static void check(String name, int status) {
        if (status < 200 || status >= 300) {
            throw new IllegalStateException(name + " answered " + status);
        }
    }
}
