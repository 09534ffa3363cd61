import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A local Neo4j Community for development and tests, without Docker or a server install.
 *
 * Usage: java -cp 'lib/*' LocalNeo4j.java HOME PORT [PAGECACHE_MB] [--exit-on-stdin-eof]
 *
 * Prints "saidgraph-neo4j ready bolt://127.0.0.1:PORT" once Bolt accepts connections and shuts the
 * DBMS down cleanly on SIGTERM. With --exit-on-stdin-eof it also stops when its parent's pipe closes,
 * so a test run that dies never leaves a database behind.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j HOME PORT [PAGECACHE_MB] [--exit-on-stdin-eof]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 256;
    boolean exitOnEof = java.util.Arrays.asList(args).contains("--exit-on-stdin-eof");

    // One query may take a quarter of the heap, all of them together 70%: a query that asks for
    // more fails alone (MemoryPoolOutOfMemoryError) instead of taking the JVM down with it.
    long heap = Runtime.getRuntime().maxMemory();
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, heap / 4)
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, heap / 10 * 7)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        // Bolt stops after the databases (whose transactions were waited for by then), and waited
        // 5 s for its thread pool and 5 s for its connections: 10 s of every stop
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, java.time.Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, java.time.Duration.ofMillis(500))
        // A plan is cached per statement and per the size of each list parameter to a power of ten
        // (1, 10, 100, 1000 rows): every size was a plan of its own, compiled on first use (100 to
        // 500 ms each here); ingesting the dev corpora compiled for longer than it ran the queries
        // (19 s against 15 s, db.stats). saidgraph's UNWIND lists are looked up row by row, by key,
        // whatever their size, so one plan serves them all. (An internal setting of Neo4j 5.26, the
        // version pom.xml pins.)
        .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("saidgraph-neo4j stopped");
      System.out.flush();
      stopped.countDown();
    }, "neo4j-shutdown"));

    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("saidgraph-neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();

    if (exitOnEof) {
      waitForEof(System.in);
      System.exit(0);
    }
    stopped.await();
  }

  private static void waitForEof(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // the parent writes nothing; only the end of the stream matters
      }
    } catch (IOException closed) {
      // a broken pipe is the same signal as EOF
    }
  }
}
