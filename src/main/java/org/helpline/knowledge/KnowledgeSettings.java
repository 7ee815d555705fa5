package org.helpline.knowledge;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base lives and how it is searched.
 *
 * <ul>
 *   <li>{@code helpline.kb.dir} (env {@code HELPLINE_KB_DIR}, default {@code ./knowledge-base}): the folder with
 *       {@code <lang>/<id>.md} articles and {@code synonyms.txt};</li>
 *   <li>{@code helpline.kb.min-score} (env {@code HELPLINE_KB_MINSCORE}, default 4.2): results scoring below it are
 *       not offered, so unrelated text finds nothing;</li>
 *   <li>{@code helpline.kb.poll-interval} (env {@code HELPLINE_KB_POLLINTERVAL}, default 1s): how often the folder is
 *       compared with what was loaded, for edits that file-system events miss.</li>
 * </ul>
 */
@ConfigurationProperties("helpline.kb")
record KnowledgeSettings(Path dir, Double minScore, Duration pollInterval) {

    KnowledgeSettings {
        dir = dir == null ? Path.of("knowledge-base") : dir;
        minScore = minScore == null ? 4.2 : minScore;
        pollInterval = pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()
                ? Duration.ofSeconds(1) : pollInterval;
    }
}
