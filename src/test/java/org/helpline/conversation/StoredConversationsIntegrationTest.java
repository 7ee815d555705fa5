package org.helpline.conversation;

import org.bson.Document;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations stored before they had owners ({@code intake}: the intake's state alone) still load: one
 * whose intake is under way goes on with it, one whose intake opened a ticket is with the handoff.
 */
@ChatApiTest
class StoredConversationsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anIntakeStoredInTheOldShapeGoesOn() {
        WebChatClient client = new WebChatClient(port);
        client.open("ru");
        client.press("consent:yes");
        storeInTheOldShape("web:" + client.sessionId());

        var named = client.say("Не печатает принтер в бухгалтерии, горит красная лампочка");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.texts()).isNotEmpty();
        assertThat(stored("web:" + client.sessionId()).getString("owner")).isEqualTo("intake");
        assertThat(stored("web:" + client.sessionId()).get("states", Document.class).get("intake", Document.class)
                .getString("description")).isEqualTo("Не печатает принтер в бухгалтерии, горит красная лампочка");
    }

    @Test
    void anOpenTicketStoredInTheOldShapeIsWithTheEngineers() {
        WebChatClient client = new WebChatClient(port);
        String number = client.fileTicket("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии");
        storeInTheOldShape("web:" + client.sessionId());

        var written = client.say("Ошибка всё ещё есть после перезагрузки");
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.texts()).as("a handoff state stored before acknowledgements gets one").containsExactly("Передали инженеру.");
        Document conversation = stored("web:" + client.sessionId());
        assertThat(conversation.getString("owner")).isEqualTo("handoff");
        assertThat(conversation.get("states", Document.class).get("handoff", Document.class).getString("ticketNumber"))
                .isEqualTo(number);
        assertThat(conversation.containsKey("intake")).isFalse();
        var history = mongo.findById(number, Document.class, "tickets").getList("history", Document.class);
        assertThat(history).extracting(entry -> entry.getString("detail")).contains("Ошибка всё ещё есть после перезагрузки");
    }

    @Test
    void aLongConversationKeepsItsWholeTranscriptInOrder() {
        WebChatClient client = new WebChatClient(port);
        client.open("ru");
        for (int i = 0; i < 40; i++) {
            assertThat(client.say("/help").status()).isEqualTo(200);
        }
        Document conversation = stored("web:" + client.sessionId());
        long lastSeq = conversation.getLong("lastSeq");
        assertThat(lastSeq).isGreaterThan(Conversation.LATEST_KEPT);
        assertThat(conversation.getList("latest", Document.class)).as("only the latest are kept in the conversation")
                .hasSizeLessThanOrEqualTo(Conversation.LATEST_KEPT);
        assertThat(mongo.count(Query.query(Criteria.where("conversationId").is("web:" + client.sessionId())), "messages"))
                .as("the older ones moved to messages").isPositive();

        var all = client.transcript(0).body().path("messages");
        assertThat(all.valueStream().map(m -> m.path("seq").asLong()))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, lastSeq).boxed().toList());
        assertThat(client.transcript(lastSeq - 2).body().path("messages").valueStream().map(m -> m.path("seq").asLong()))
                .containsExactly(lastSeq - 1, lastSeq);
    }

    @Test
    void aTranscriptStoredBeforeConversationsKeptTheirLatestStillReads() {
        WebChatClient client = new WebChatClient(port);
        var greeting = client.open("ru").body().path("messages");
        String id = "web:" + client.sessionId();
        Document conversation = stored(id);
        for (Document said : conversation.getList("latest", Document.class)) {
            mongo.getCollection("messages").insertOne(new Document("_id", id + "#" + said.getLong("seq"))
                    .append("conversationId", id).append("seq", said.getLong("seq")).append("text", said.getString("text"))
                    .append("buttons", said.get("buttons")).append("at", said.get("at")));
        }
        conversation.remove("latest");
        mongo.getCollection("conversations").replaceOne(new Document("_id", id), conversation);

        assertThat(client.transcript(0).body().path("messages")).isEqualTo(greeting);
        var consented = client.press("consent:yes");
        assertThat(consented.status()).isEqualTo(200);
        var all = client.transcript(0).body().path("messages");
        assertThat(all.valueStream().map(m -> m.path("text").asString()).toList())
                .startsWith(greeting.valueStream().map(m -> m.path("text").asString()).toArray(String[]::new))
                .endsWith(consented.texts().toArray(String[]::new));
    }

    /** Rewrites the conversation as it was stored before owners: the intake's state under {@code intake}. */
    private void storeInTheOldShape(String id) {
        Document conversation = stored(id);
        Document intake = conversation.get("states", Document.class).get("intake", Document.class);
        conversation.remove("owner");
        conversation.remove("states");
        conversation.put("intake", intake);
        mongo.getCollection("conversations").replaceOne(new Document("_id", id), conversation);
    }

    private Document stored(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "conversations");
    }
}
