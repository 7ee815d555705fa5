package org.helpline.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * An index a module's collection needs, declared as a bean next to the code that relies on it;
 * {@link StoreIndexes} creates every declared one at start-up.
 */
public record StoreIndex(Class<?> entity, Index index) {

    /** A unique index on these fields of the entity's collection, each ascending. */
    public static StoreIndex unique(Class<?> entity, String... fields) {
        Index index = new Index();
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        return new StoreIndex(entity, index.unique());
    }
}
