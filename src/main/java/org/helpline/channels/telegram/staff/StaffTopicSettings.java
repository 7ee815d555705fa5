package org.helpline.channels.telegram.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often open tickets without a staff topic (Telegram refused or was down when they were opened) are given
 * one; also how long one instance's attempt holds off the others.
 */
@ConfigurationProperties("helpline.telegram.staff")
record StaffTopicSettings(Duration topicRetry) {

    StaffTopicSettings {
        topicRetry = topicRetry == null ? Duration.ofMinutes(1) : topicRetry;
    }
}
