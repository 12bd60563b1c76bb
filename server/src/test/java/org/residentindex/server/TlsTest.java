package org.residentindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.live.LiveIndex;

/** TLS from a keystore: the server answers over https with the keystore's certificate, and not over plain http. */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void tls_keystore_servesHttpsOnly() throws Exception {
        Path ks = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "rix", "-keyalg", "RSA", "-keysize", "2048",
                "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "test-pass", "-dname",
                "CN=localhost", "-validity", "2", "-ext", "SAN=ip:127.0.0.1").inheritIO().start();
        assertThat(p.waitFor()).isZero();
        System.setProperty("RIX_TEST_KEYSTORE_PASSWORD", "test-pass");
        Path idx = TestIndex.build(dir, 150, 2);
        ServerConfig config = ServerConfig.defaults().withPort(0)
                .withTls(new ServerConfig.Tls(ks.toString(), "RIX_TEST_KEYSTORE_PASSWORD"));
        List<String> log = new ArrayList<>();
        try (RixServer server = RixServer.start(LiveIndex.open(idx, LiveIndex.Options.defaults()), config,
                dir.resolve("audit.jsonl"), log::add)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ks)) {
                trust.load(in, "test-pass".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().sslContext(ssl).build();
            HttpResponse<String> r = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                    + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.sslSession()).isPresent();
            boolean plainRefused;
            try {
                HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                plainRefused = plain.statusCode() != 200;
            } catch (java.io.IOException e) {
                plainRefused = true;
            }
            assertThat(plainRefused).isTrue();
        }
    }
}
