package org.helpline.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the index, the served articles and the folder that feeds them. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex() {
        return new SearchIndex();
    }

    @Bean
    Articles articles(SearchIndex searchIndex) {
        return new Articles(searchIndex);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    KnowledgeFolder knowledgeFolder(KnowledgeSettings settings, Articles articles, SearchIndex searchIndex) {
        return new KnowledgeFolder(settings, articles, searchIndex);
    }
}
