package org.helpline.attachments;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Service;

/**
 * Files clients sent, in GridFS (bucket {@code attachments}) with their content type as judged from the
 * bytes, size and sha256. Only {@link ClientFiles} stores here, and only files whose bytes passed inspection.
 */
@Service
class AttachmentStore {

    private final GridFSBucket bucket;

    AttachmentStore(MongoDatabaseFactory databases) {
        this.bucket = GridFSBuckets.create(databases.getMongoDatabase(), "attachments");
    }

    AttachmentRef store(byte[] bytes, String filename, String contentType, String owner) {
        String sha256 = sha256(bytes);
        Document metadata = new Document("contentType", contentType)
                .append("size", (long) bytes.length)
                .append("sha256", sha256)
                .append("owner", owner);
        ObjectId id = bucket.uploadFromStream(filename, new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().metadata(metadata));
        return new AttachmentRef(id.toHexString(), filename, contentType, bytes.length, sha256);
    }

    Optional<StoredFile> open(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        GridFSFile file = bucket.find(Filters.eq("_id", new ObjectId(id))).first();
        if (file == null) {
            return Optional.empty();
        }
        Document metadata = file.getMetadata();
        AttachmentRef ref = new AttachmentRef(id, file.getFilename(), metadata.getString("contentType"),
                file.getLength(), metadata.getString("sha256"));
        return Optional.of(new StoredFile(ref, bucket.openDownloadStream(file.getObjectId())));
    }

    /** Deletes the files of a draft that will never become a ticket. */
    void delete(Collection<AttachmentRef> refs) {
        for (AttachmentRef ref : refs) {
            if (ObjectId.isValid(ref.id())) {
                try {
                    bucket.delete(new ObjectId(ref.id()));
                } catch (com.mongodb.MongoGridFSException alreadyGone) {
                    // Deleting twice (a retried cancel) is fine: the file is gone either way.
                }
            }
        }
    }

    /** Deletes every file kept for one of {@code owners}; returns how many. */
    int deleteOwnedBy(Collection<String> owners) {
        List<ObjectId> ids = new ArrayList<>();
        bucket.find(Filters.in("metadata.owner", owners)).forEach(file -> ids.add(file.getObjectId()));
        ids.forEach(bucket::delete);
        return ids.size();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
