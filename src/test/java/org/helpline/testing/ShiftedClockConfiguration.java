package org.helpline.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives the app a {@link ShiftedClock} the test moves. Import it with the SLA check interval set long, so only the
 * test's own checks run while it moves the clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ShiftedClockConfiguration {

    @Bean
    @Primary
    ShiftedClock shiftedClock() {
        return new ShiftedClock();
    }
}
