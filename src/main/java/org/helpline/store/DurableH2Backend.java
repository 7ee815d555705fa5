package org.helpline.store;

import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded store's backend, made to keep two promises MongoDB makes and mongo-java-server alone does not:
 * <ul>
 * <li>single-document operations are atomic — its read-modify-write of a document is not guarded, and the
 * documents it answers with are the stored ones, which the next update changes before the answer is sent
 * (concurrent {@code $inc}s of one counter returned the same ticket number). So writes run one at a time, reads
 * run together but never beside a write, and every answer is copied before the next write may start;</li>
 * <li>an acknowledged write is durable — the H2 MVStore commits on a delay of about a second, so each write
 * command is answered only after a commit that covers it, and survives {@code kill -9}. Concurrent writers share
 * one commit ({@link GroupCommit}): a commit costs about as much for twenty writes as for one. Reads take no
 * part in commits and never wait for one; like MongoDB's default read concern, they may see a write whose
 * commit is still running.</li>
 * </ul>
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> READS = Set.of("find", "getmore", "aggregate", "count", "distinct",
            "listcollections", "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo",
            "getlasterror", "serverstatus", "dbstats", "collstats", "killcursors", "endsessions", "whatsmyuri",
            "getparameter", "getcmdlineopts", "getfreemonitoringstatus", "hostinfo", "saslstart", "connectionstatus");

    /** Keeps reads from running beside a write; commits do not take it. */
    private final ReentrantReadWriteLock documents = new ReentrantReadWriteLock();
    private final GroupCommit commits = new GroupCommit(this::commit);

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (READS.contains(command.toLowerCase())) {
            return guarded(documents.readLock(), channel, databaseName, command, query);
        }
        return commits.write(() -> guarded(documents.writeLock(), channel, databaseName, command, query));
    }

    private Document guarded(Lock lock, Channel channel, String databaseName, String command, Document query) {
        lock.lock();
        try {
            return super.handleCommand(channel, databaseName, command, query).cloneDeeply();
        } finally {
            lock.unlock();
        }
    }
}
