package songgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts the Neo4j Community engine embedded in this JVM with only the Bolt connector, bound to loopback.
 *
 * Settings come from the environment so that the Makefile can run one instance for `make run` and a
 * throwaway one for `make test` side by side. Authentication is off because the socket is loopback-only;
 * the driver's credentials are accepted and ignored.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(env("NEO4J_HOME_DIR", ".local/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"));
        // One request must never exhaust the heap: a transaction over its own limit, or all of them together
        // over theirs, fails with a memory error instead (songgraph answers QUERY_TOO_COMPLEX). The timeout is
        // a backstop for statements the driver sends without a timeout of their own.
        long txMemoryMb = Long.parseLong(env("NEO4J_TX_MEMORY_MB", "192"));
        long txTotalMemoryMb = Long.parseLong(env("NEO4J_TX_TOTAL_MEMORY_MB", "512"));
        long txTimeoutSeconds = Long.parseLong(env("NEO4J_TX_TIMEOUT_SECONDS", "120"));

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_database_max_size, ByteUnit.mebiBytes(txTotalMemoryMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                // Bolt's two event loop groups each wait a quiet period (5 s by default) for late tasks after
                // every connection and database is already closed: 10 s added to every stop for nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM from `make stop` must flush the store, otherwise the next start runs recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        System.out.printf("songgraph neo4j launcher: bolt://%s:%d, home %s%n", host, port, home);
        System.out.flush();
        stopped.await();
    }
}
