package org.helpline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded MongoDB-wire store: mongo-java-server on an H2 file in a data folder, bound to loopback only
 * (it has no authentication), with acknowledged writes durable and single-document operations atomic.
 */
public final class EmbeddedStore implements AutoCloseable {

    static final String FILE = "helpline.mv";

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
        server.bind("127.0.0.1", 0);
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
