package org.residentindex.server;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.residentindex.ResidentIndexException;
import org.residentindex.live.LiveIndex;
import org.residentindex.server.audit.AuditLog;

/**
 * The embedded server: Jetty 12 with one core handler ({@link ApiHandler}), bound to 127.0.0.1 unless configured,
 * TLS when a keystore is configured. {@link #close} stops gracefully: new requests are refused, requests in flight
 * finish (up to 10 s), then the index commits and the audit log is forced to disk. {@link #main} runs it until
 * SIGTERM (the shutdown hook does the same).
 */
public final class RixServer implements AutoCloseable {

    /** How long a graceful stop waits for requests in flight. */
    public static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Server jetty;
    private final ServerConnector connector;
    private final LiveIndex index;
    private final AuditLog audit;
    private final ApiHandler handler;
    private boolean closed;

    private RixServer(LiveIndex index, ServerConfig config, Path auditFile, Consumer<String> log) {
        this.index = index;
        this.audit = new AuditLog(auditFile);
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("rix-http");
        this.jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        if (config.tls() != null) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(config.tls().keystore());
            String name = config.tls().passwordEnv();
            // the environment variable; a JVM system property of the same name when the variable is unset
            String password = name == null ? null : System.getenv(name) != null ? System.getenv(name)
                    : System.getProperty(name);
            if (password == null) {
                throw new ResidentIndexException("TLS needs the keystore password in the environment variable named by"
                        + " tls.password_env");
            }
            ssl.setKeyStorePassword(password);
            http.addCustomizer(new SecureRequestCustomizer());
            this.connector = new ServerConnector(jetty, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(http));
        } else {
            this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        }
        connector.setHost(config.bindOrDefault());
        connector.setPort(config.portOrDefault());
        jetty.addConnector(connector);
        this.handler = new ApiHandler(index, config, audit, metrics, log, Clock.systemUTC());
        GracefulHandler graceful = new GracefulHandler(handler);
        jetty.setHandler(graceful);
        jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
        try {
            jetty.start();
        } catch (Exception e) {
            audit.close();
            throw new ResidentIndexException("Cannot start the server on " + config.bindOrDefault() + ":"
                    + config.portOrDefault() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts serving {@code index} with {@code config}; audit entries go to {@code auditFile}; one line per request
     * (endpoint, status, time — no personal data) to {@code log}. Port 0 picks a free port.
     */
    public static RixServer start(LiveIndex index, ServerConfig config, Path auditFile, Consumer<String> log) {
        return new RixServer(index, config, auditFile, log);
    }

    /** The port listened on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        handler.stopping();
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping failed part-way: still commit the index and close the audit log below
        } finally {
            index.close();
            audit.close();
        }
    }

    /**
     * {@code RixServer --index DIR [--config server.yaml] [--port N]}: serves until SIGTERM. Used by the crash
     * test's child JVM and the load benchmark; people use {@code rix serve}.
     */
    public static void main(String[] args) throws Exception {
        Path idx = null;
        Path cfg = null;
        Integer port = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--index" -> idx = Path.of(args[++i]);
                case "--config" -> cfg = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ServerConfig config = cfg == null ? ServerConfig.defaults() : ServerConfig.read(cfg);
        if (port != null) {
            config = config.withPort(port);
        }
        LiveIndex index = LiveIndex.open(idx, LiveIndex.Options.defaults());
        Path auditFile = config.audit() != null ? Path.of(config.audit()) : idx.resolve("audit").resolve(
                "audit.jsonl");
        RixServer server = start(index, config, auditFile, line -> System.err.println("rix-serve " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rix-serve-stop"));
        System.out.println("listening " + server.port());
        System.out.flush();
        server.join();
    }
}
