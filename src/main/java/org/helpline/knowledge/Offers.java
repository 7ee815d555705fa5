package org.helpline.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the search's answers the intake offers a client. A wrong suggestion is worse than none, so an article
 * that passed the score threshold must also be about the client's words rather than share one by chance:
 *
 * <ul>
 *   <li>the client's meaningful words it contains add up to two: a word in its title, tags or questions counts one,
 *       a word only in its text a half. Words no article contains count against it: text about something else
 *       («погода», «ресторан») is mostly such words;</li>
 *   <li>a question of one meaningful word must find it in the article's title or tags;</li>
 *   <li>the second and third articles must score at least {@link #RUNNER_UP_SHARE} of the first: a far weaker
 *       runner-up is usually a chance match.</li>
 * </ul>
 */
final class Offers {

    static final int MAX_OFFERED = 3;
    static final double RUNNER_UP_SHARE = 0.6;
    private static final double WORDS_NEEDED = 2;
    private static final double WORD_IN_TEXT_ONLY = 0.5;

    private Offers() {
    }

    /** The hits to offer, best first, out of {@code hits} (best first) for a text of {@code meaningfulWords}. */
    static List<SearchIndex.Hit> offered(List<SearchIndex.Hit> hits, int meaningfulWords) {
        List<SearchIndex.Hit> offered = new ArrayList<>();
        for (SearchIndex.Hit hit : hits) {
            if (offered.size() == MAX_OFFERED) {
                break;
            }
            boolean strongEnough = offered.isEmpty() || hit.score() >= RUNNER_UP_SHARE * offered.getFirst().score();
            if (strongEnough && about(hit, meaningfulWords)) {
                offered.add(hit);
            }
        }
        return offered;
    }

    private static boolean about(SearchIndex.Hit hit, int meaningfulWords) {
        if (meaningfulWords == 1) {
            return hit.words().containsValue(WordMatch.HEADLINE);
        }
        double covered = hit.words().values().stream()
                .mapToDouble(where -> where == WordMatch.BODY ? WORD_IN_TEXT_ONLY : 1).sum();
        return covered >= WORDS_NEEDED;
    }
}
