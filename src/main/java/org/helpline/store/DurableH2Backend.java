package org.helpline.store;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend commits its MVStore on a delay of about a second; a write the client was told about
 * must survive {@code kill -9}, so every write command is committed before it is acknowledged.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> READS = Set.of("find", "getmore", "aggregate", "count", "distinct",
            "listcollections", "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo",
            "getlasterror", "serverstatus", "dbstats", "collstats", "killcursors", "endsessions", "whatsmyuri",
            "getparameter", "getcmdlineopts", "getfreemonitoringstatus", "hostinfo", "saslstart", "connectionstatus");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document response = super.handleCommand(channel, databaseName, command, query);
        if (!READS.contains(command.toLowerCase())) {
            commit();
        }
        return response;
    }
}
