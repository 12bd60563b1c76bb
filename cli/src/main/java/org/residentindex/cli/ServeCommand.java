package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residentindex.ResidentIndex;
import org.residentindex.ResidentIndexException;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.live.LiveIndex;
import org.residentindex.server.RixServer;
import org.residentindex.server.ServerConfig;
import org.residentindex.server.security.ApiKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rix serve}: the live resident index over HTTP until SIGTERM or Ctrl-C. {@code --index} is a live index or
 * a {@code rix link --out} folder (its live index is built into {@code DIR/live} on first use); {@code --demo} makes
 * one from a generated county and prints keys and example calls; {@code --add-key ID:ROLE} adds an API key to the
 * config and prints it once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the live resident index over HTTP (search, single view, households, electoral-register"
                + " validation, changes, real-time adds) with API keys or OIDC, purposes and an audit trail.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--index", paramLabel = "DIR", description = "A live index, or a rix link --out folder.")
    Path index;

    @Option(names = "--config", paramLabel = "server.yaml",
            description = "Listening address, TLS, limits, keys, OIDC issuer, roles and purposes (default: the built-in"
                    + " policy with no keys).")
    Path config;

    @Option(names = "--port", paramLabel = "N", description = "Port (overrides the config; default 8080).")
    Integer port;

    @Option(names = "--demo", description = "Generate a county, link it, build the index, create demo keys, serve.")
    boolean demo;

    @Option(names = "--demo-residents", paramLabel = "N", defaultValue = "20000",
            description = "Residents of the demo county (default: ${DEFAULT-VALUE}).")
    int demoResidents;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "rix-serve-demo",
            description = "Folder of the demo (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--add-key", paramLabel = "ID:ROLE",
            description = "Add an API key for ROLE to --config (only its PBKDF2 hash is stored), print it once, exit.")
    String addKey;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (addKey != null) {
            return addKey(o);
        }
        Map<String, String> demoKeys = new LinkedHashMap<>();
        if (demo) {
            prepareDemo(o, demoKeys);
        }
        if (index == null) {
            throw new ResidentIndexException("Give --index DIR (a live index or a rix link --out folder), or --demo");
        }
        Path live = liveIndex(o);
        ServerConfig cfg = config == null ? ServerConfig.defaults() : ServerConfig.read(config);
        if (port != null) {
            cfg = cfg.withPort(port);
        }
        if (cfg.keys() == null || cfg.keys().isEmpty()) {
            o.println("note: no API keys configured; add one with rix serve --add-key ID:ROLE --config server.yaml");
        }
        Path auditFile = cfg.audit() != null ? Path.of(cfg.audit()) : live.resolve("audit").resolve("audit.jsonl");
        LiveIndex opened = LiveIndex.open(live, LiveIndex.Options.defaults());
        RixServer server = RixServer.start(opened, cfg, auditFile, line -> System.err.println("rix-serve " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rix-serve-stop"));
        String base = (cfg.tls() == null ? "http://" : "https://") + cfg.bindOrDefault() + ":" + server.port();
        LiveIndex.Stats s = opened.stats();
        o.printf(Locale.ROOT, "serving %,d records (%,d residents) on %s; audit trail %s; Ctrl-C or SIGTERM stops%n",
                s.records(), s.residents(), base, auditFile);
        if (demo) {
            printDemo(o, base, demoKeys);
        }
        o.flush();
        server.join();
        return Rix.OK;
    }

    private Path liveIndex(PrintWriter o) {
        if (LiveIndex.exists(index)) {
            return index;
        }
        Path live = index.resolve("live");
        if (!LiveIndex.exists(live)) {
            if (!Files.exists(index.resolve("run.json"))) {
                throw new ResidentIndexException(index + " holds neither a live index nor a link run (run.json)");
            }
            o.printf(Locale.ROOT, "building the live index in %s from the link run %s%n", live, index);
            o.flush();
            int n = LiveIndex.build(index, live, LiveIndex.Options.defaults());
            o.printf(Locale.ROOT, "indexed %,d records%n", n);
        }
        return live;
    }

    private int addKey(PrintWriter o) {
        if (config == null) {
            throw new ResidentIndexException("--add-key needs --config server.yaml (created when absent)");
        }
        int colon = addKey.indexOf(':');
        if (colon <= 0) {
            throw new ResidentIndexException("--add-key is ID:ROLE, e.g. housing-1:housing_officer");
        }
        String id = addKey.substring(0, colon);
        String role = addKey.substring(colon + 1);
        ServerConfig cfg = Files.exists(config) ? ServerConfig.read(config) : ServerConfig.defaults();
        if (cfg.roles() == null || !cfg.roles().containsKey(role)) {
            throw new ResidentIndexException("Role '" + role + "' is not in the config; roles are "
                    + (cfg.roles() == null ? "none" : cfg.roles().keySet()));
        }
        List<ServerConfig.ApiKey> keys = new ArrayList<>(cfg.keys() == null ? List.of() : cfg.keys());
        if (keys.stream().anyMatch(k -> k.id().equals(id))) {
            throw new ResidentIndexException("A key with id '" + id + "' exists already");
        }
        ApiKeys.NewKey k = ApiKeys.create(id);
        keys.add(new ServerConfig.ApiKey(id, k.hash(), role));
        cfg.withKeys(keys).write(config);
        o.println(k.key());
        o.println("(shown once; " + config + " holds only its PBKDF2 hash)");
        o.flush();
        return Rix.OK;
    }

    private void prepareDemo(PrintWriter o, Map<String, String> demoKeys) {
        Path county = out.resolve("county");
        Path run = out.resolve("run");
        Path live = out.resolve("live");
        if (!LiveIndex.exists(live)) {
            o.printf(Locale.ROOT, "1/3 generating a county of %,d residents into %s%n", demoResidents, county);
            o.flush();
            CountyGenerator.builder().residents(demoResidents).seed(42).build().generate(county);
            o.println("2/3 linking it");
            o.flush();
            ResidentIndex.builder().config(new LinkConfigReader().read(county.resolve("link.yaml")))
                    .configFile(county.resolve("link.yaml")).build().link(run);
            o.println("3/3 building the live index");
            o.flush();
            LiveIndex.build(run, live, LiveIndex.Options.defaults());
        }
        index = live;
        ServerConfig cfg = ServerConfig.defaults();
        List<ServerConfig.ApiKey> keys = new ArrayList<>();
        for (String role : cfg.roles().keySet()) {
            ApiKeys.NewKey k = ApiKeys.create("demo-" + role.replace('_', '-'));
            keys.add(new ServerConfig.ApiKey("demo-" + role.replace('_', '-'), k.hash(), role));
            demoKeys.put(role, k.key());
        }
        if (config == null) {
            config = out.resolve("server.yaml");
            cfg.withKeys(keys).write(config);
        }
    }

    private static void printDemo(PrintWriter o, String base, Map<String, String> keys) {
        o.println();
        o.println("demo keys (new each start; server.yaml holds only their hashes):");
        keys.forEach((role, key) -> o.printf(Locale.ROOT, "  %-22s %s%n", role, key));
        String sg = keys.get("safeguarding_officer");
        String er = keys.get("electoral_officer");
        String feed = keys.get("service_feed");
        o.println();
        o.println("try:");
        o.printf(Locale.ROOT, "  curl -s -X POST %s/v1/search -H 'Authorization: Bearer %s' -H 'X-Purpose: safeguarding'"
                + " -H 'Content-Type: application/json' -d '{\"surname\":\"Jones\",\"given_name\":\"Sian\"}'%n", base, sg);
        o.printf(Locale.ROOT, "  curl -s -X POST %s/v1/electoral-register/validate -H 'Authorization: Bearer %s'"
                + " -H 'X-Purpose: electoral_registration' -H 'Content-Type: application/json'"
                + " -d '{\"electors\":[{\"id\":\"E1\",\"given_name\":\"David\",\"surname\":\"Evans\","
                + "\"date_of_birth\":\"1970-01-01\"}]}'%n", base, er);
        o.printf(Locale.ROOT, "  curl -s -X POST %s/v1/records -H 'Authorization: Bearer %s' -H 'X-Purpose: record_maintenance'"
                + " -H 'Content-Type: application/json' -d '{\"records\":[{\"source\":\"council_tax\",\"record_id\":"
                + "\"NEW-1\",\"values\":{\"given_name\":\"Rhys\",\"surname\":\"Pritchard\",\"date_of_birth\":"
                + "\"1988-07-21\",\"postcode\":\"SA31 1AB\"}}]}'%n", base, feed);
        o.printf(Locale.ROOT, "  (then GET %s/v1/residents/<resident_id> with the safeguarding key and purpose)%n", base);
    }
}
