package org.helpline.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where data lives. With no {@code mongodbUri} the app runs its own embedded store on a file under
 * {@code dataDir}; with one, it uses that MongoDB (a replica set, to scale out) and starts nothing.
 */
@ConfigurationProperties("helpline.store")
public record StoreSettings(Path dataDir, String mongodbUri, String database) {

    public StoreSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null || database.isBlank() ? "helpline" : database;
    }

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
