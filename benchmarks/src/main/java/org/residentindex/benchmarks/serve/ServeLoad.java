package org.residentindex.benchmarks.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A bounded load generator for {@code rix serve}: a fixed count and a fixed duration, loopback only.
 *
 * <ul>
 *   <li>{@code --mode search}: open loop at {@code --rate} requests a second — request i is due at
 *       {@code start + i/rate} whatever the answers, and its latency is counted from when it was due, so a slow
 *       server cannot hide its queue (no coordinated omission). Bodies are the rows of {@code --input}, a CSV of
 *       search fields.</li>
 *   <li>{@code --mode add}: batches of {@code --batch} records (rows of {@code --input}: source, record_id, then
 *       raw fields), one batch at a time; reports records a second and batch latency.</li>
 * </ul>
 * Prints a JSON summary (p50/p90/p99/max in ms, achieved rate, errors) and writes it to {@code --out} if given.
 */
public final class ServeLoad {

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI url = URI.create(a.getOrDefault("url", "http://127.0.0.1:8080"));
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(url.getHost())) {
            throw new IllegalArgumentException("ServeLoad only drives a server on loopback");
        }
        List<Map<String, String>> rows = read(Path.of(a.get("input")));
        int count = Integer.parseInt(a.getOrDefault("count", "10000"));
        double seconds = Double.parseDouble(a.getOrDefault("duration", "20"));
        ObjectNode summary = a.getOrDefault("mode", "search").equals("add")
                ? add(url, a.get("key"), a.get("purpose"), rows, Integer.parseInt(a.getOrDefault("batch", "1000")),
                        count, seconds)
                : search(url, a.get("key"), a.get("purpose"), rows, Double.parseDouble(a.getOrDefault("rate", "500")),
                        count, seconds, Integer.parseInt(a.getOrDefault("threads", "64")));
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary);
        System.out.println(json);
        if (a.containsKey("out")) {
            Files.writeString(Path.of(a.get("out")), json + "\n", StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode search(URI url, String key, String purpose, List<Map<String, String>> rows, double rate,
            int count, double seconds, int threads) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        int total = (int) Math.min(count, Math.floor(rate * seconds));
        long[] latency = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime() + 100_000_000L;
        long interval = (long) (1e9 / rate);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    try {
                        String body = json.writeValueAsString(rows.get(i % rows.size()));
                        HttpResponse<Void> r = http.send(request(url.resolve("/v1/search"), key, purpose)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    latency[i] = System.nanoTime() - due;
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination((long) (seconds * 3 + 60), TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e9;
        ObjectNode o = percentiles(latency);
        o.put("mode", "search").put("target_rate", rate).put("requests", total).put("errors", errors.get())
                .put("achieved_rate", Math.round(total / wall * 10) / 10.0).put("threads", threads);
        return o;
    }

    private static ObjectNode add(URI url, String key, String purpose, List<Map<String, String>> rows, int batch,
            int count, double seconds) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        int total = Math.min(count, rows.size());
        List<Long> latencies = new ArrayList<>();
        long errors = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int sent = 0;
        for (int from = 0; from < total && System.nanoTime() < deadline; from += batch) {
            ObjectNode body = json.createObjectNode();
            ArrayNode records = body.putArray("records");
            for (Map<String, String> r : rows.subList(from, Math.min(total, from + batch))) {
                ObjectNode rec = records.addObject().put("source", r.get("source")).put("record_id", r.get("record_id"));
                ObjectNode values = rec.putObject("values");
                r.forEach((k, v) -> {
                    if (!k.equals("source") && !k.equals("record_id") && !v.isEmpty()) {
                        values.put(k, v);
                    }
                });
            }
            long t0 = System.nanoTime();
            HttpResponse<Void> r = http.send(request(url.resolve("/v1/records"), key, purpose)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.discarding());
            latencies.add(System.nanoTime() - t0);
            if (r.statusCode() != 200) {
                errors++;
            } else {
                sent += records.size();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        ObjectNode o = percentiles(latencies.stream().mapToLong(Long::longValue).toArray());
        o.put("mode", "add").put("batch", batch).put("records", sent).put("batches", latencies.size())
                .put("errors", errors).put("records_per_second", Math.round(sent / wall));
        return o;
    }

    private static HttpRequest.Builder request(URI uri, String key, String purpose) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key)
                .header("X-Purpose", purpose).header("Content-Type", "application/json");
    }

    private static ObjectNode percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        ObjectNode o = new ObjectMapper().createObjectNode();
        for (double p : new double[] {50, 90, 99}) {
            o.put(String.format(Locale.ROOT, "p%.0f_ms", p), s.length == 0 ? 0
                    : Math.round(s[(int) Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)] / 1e4) / 100.0);
        }
        o.put("max_ms", s.length == 0 ? 0 : Math.round(s[s.length - 1] / 1e4) / 100.0);
        return o;
    }

    private static List<Map<String, String>> read(Path csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                rows.add(new LinkedHashMap<>(rec.toMap()));
            }
        }
        return rows;
    }
}
