package org.helpline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded MongoDB-wire store: mongo-java-server on an H2 file in a data folder, bound to loopback only
 * (it has no authentication), with acknowledged writes durable and single-document operations atomic.
 */
public final class EmbeddedStore implements AutoCloseable {

    static final String FILE = "helpline.mv";

    /**
     * The server runs each command on the netty event-loop thread of its connection, and a write holds that
     * thread until its commit: with netty's default of two threads per core, the connections sharing it would
     * wait too (reads as well), and no more writers than threads could share a commit.
     */
    private static final int EVENT_LOOP_THREADS = 64;

    private final MongoServer server;

    private EmbeddedStore(MongoServer server) {
        this.server = server;
    }

    /** Starts the store on {@code dataDir}/helpline.mv, creating the folder; one process at a time may hold it. */
    public static EmbeddedStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        MongoServer server = new MongoServer(new DurableH2Backend(dataDir.resolve(FILE).toString()));
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, EVENT_LOOP_THREADS);
        return new EmbeddedStore(server);
    }

    /** A MongoDB connection string for the driver. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
