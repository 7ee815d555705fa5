package org.helpline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port with a data folder of its own, and the web chat's rate limits raised so that
 * tests filing many requests from one address are not taken for a flood.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"helpline.web-chat.messages-per-minute=1000", "helpline.web-chat.sessions-per-minute=1000"})
@ActiveProfiles("test")
public @interface ChatApiTest {
}
