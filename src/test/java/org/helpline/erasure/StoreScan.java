package org.helpline.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Every value of every document of every collection in the store, read with the MongoDB driver (GridFS's files and
 * chunks included, the chunks' bytes as text too), searched for texts that must not be there.
 */
final class StoreScan {

    /** One place a forbidden text was found. */
    record Hit(String collection, Object id, String text, String value) {
    }

    private final MongoDatabase db;

    StoreScan(MongoDatabase db) {
        this.db = db;
    }

    /** Where any of {@code texts} occurs, case aside. */
    List<Hit> find(List<String> texts) {
        List<Hit> hits = new ArrayList<>();
        for (String collection : db.listCollectionNames()) {
            for (Document document : db.getCollection(collection).find()) {
                List<String> values = new ArrayList<>();
                collect(document, values);
                for (String value : values) {
                    String folded = value.toLowerCase(Locale.ROOT);
                    texts.stream().filter(text -> folded.contains(text.toLowerCase(Locale.ROOT)))
                            .forEach(text -> hits.add(new Hit(collection, document.get("_id"), text, value)));
                }
            }
        }
        return hits;
    }

    private static void collect(Object value, List<String> into) {
        switch (value) {
            case Map<?, ?> map -> {
                map.keySet().forEach(key -> into.add(String.valueOf(key)));
                map.values().forEach(nested -> collect(nested, into));
            }
            case List<?> list -> list.forEach(nested -> collect(nested, into));
            case Binary binary -> into.add(new String(binary.getData(), java.nio.charset.StandardCharsets.ISO_8859_1));
            case null -> {
            }
            default -> into.add(String.valueOf(value));
        }
    }
}
