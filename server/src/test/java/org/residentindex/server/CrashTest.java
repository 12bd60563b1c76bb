package org.residentindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.cluster.RecordKey;
import org.residentindex.live.LiveIndex;
import org.residentindex.server.audit.AuditLog;
import org.residentindex.server.security.ApiKeys;

/**
 * Durability: the server runs in a child JVM under a stream of adds and is killed with SIGKILL mid-load; every
 * write it acknowledged must be in the index after restart, and the audit chain must verify. Then SIGTERM stops
 * it gracefully.
 */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void kill9_midLoad_everyAcknowledgedWriteSurvivesAndTheAuditChainVerifies() throws Exception {
        Path idx = TestIndex.build(dir, 300, 9);
        ApiKeys.NewKey key = ApiKeys.create("feed");
        Path cfg = dir.resolve("server.yaml");
        ServerConfig.defaults().withKeys(List.of(new ServerConfig.ApiKey("feed", key.hash(), "service_feed")))
                .withPort(0).write(cfg);
        Process child = start(idx, cfg);
        int port = port(child);
        List<String> acked = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean run = new AtomicBoolean(true);
        Thread loader = new Thread(() -> load(port, key.key(), acked, run));
        loader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acked.size() < 120 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        run.set(false);
        loader.join();
        assertThat(acked.size()).isGreaterThanOrEqualTo(120);

        List<String> ackedNow = List.copyOf(acked);
        try (LiveIndex index = LiveIndex.open(idx, LiveIndex.Options.defaults())) {
            for (String id : ackedNow) {
                assertThat(index.residentOf(new RecordKey("council_tax", id))).as(id).isNotNull();
            }
        }
        AuditLog.Verification v = AuditLog.verify(idx.resolve("audit").resolve("audit.jsonl"));
        assertThat(v.ok()).as(v.problem()).isTrue();
        // one audit entry per acknowledged batch of five
        assertThat(v.entries()).isGreaterThanOrEqualTo(ackedNow.size() / 5);

        Process again = start(idx, cfg);
        int port2 = port(again);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port2 + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        again.destroy();
        assertThat(again.waitFor(30, TimeUnit.SECONDS)).as("graceful stop on SIGTERM").isTrue();
        assertThat(AuditLog.verify(idx.resolve("audit").resolve("audit.jsonl")).ok()).isTrue();
    }

    private Process start(Path idx, Path cfg) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                RixServer.class.getName(), "--index", idx.toString(), "--config", cfg.toString())
                .redirectError(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static int port(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertThat(line).as("child started").startsWith("listening ");
        return Integer.parseInt(line.substring("listening ".length()).trim());
    }

    private static void load(int port, String key, List<String> acked, AtomicBoolean run) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int batch = 0; run.get(); batch++) {
            List<String> ids = new ArrayList<>();
            StringBuilder body = new StringBuilder("{\"records\":[");
            for (int i = 0; i < 5; i++) {
                String id = "CRASH-" + batch + "-" + i;
                ids.add(id);
                body.append(i == 0 ? "" : ",").append("{\"source\":\"council_tax\",\"record_id\":\"").append(id)
                        .append("\",\"values\":{\"given_name\":\"Test").append(batch).append("\",\"surname\":\"Crash")
                        .append(i).append("\",\"date_of_birth\":\"1980-01-0").append(1 + i % 9).append("\"}}");
            }
            body.append("]}");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/v1/records")).header("Authorization", "Bearer " + key)
                        .header("X-Purpose", "record_maintenance").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    acked.addAll(ids);
                }
            } catch (Exception e) {
                return;
            }
        }
    }
}
