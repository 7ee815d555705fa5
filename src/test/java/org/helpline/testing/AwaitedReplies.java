package org.helpline.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;

/**
 * What a bot sent into one test chat, read answer by answer: each wait returns the messages since the last one,
 * up to the first that matches a marker. Shared by every messenger's test chat, as its snapshot rule is easy to
 * get wrong.
 */
public final class AwaitedReplies<T> {

    private final Supplier<List<T>> sent;
    private final BiPredicate<T, String> matches;
    private int seen;

    /** {@code sent} lists everything sent so far; {@code matches} tells whether a message carries a marker. */
    public AwaitedReplies(Supplier<List<T>> sent, BiPredicate<T, String> matches) {
        this.sent = sent;
        this.matches = matches;
    }

    /** The messages sent since the last answer waited for, up to the first that matches one of {@code markers}. */
    public List<T> next(String... markers) {
        List<T> answer = Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            // One snapshot: the bot may send more while this looks, so size and contents must come from the same list.
            List<T> all = List.copyOf(sent.get());
            List<T> fresh = all.subList(seen, all.size());
            for (int i = 0; i < fresh.size(); i++) {
                T message = fresh.get(i);
                if (Arrays.stream(markers).anyMatch(marker -> matches.test(message, marker))) {
                    return fresh.subList(0, i + 1);
                }
            }
            return null;
        }, reply -> reply != null);
        seen += answer.size();
        return answer;
    }
}
