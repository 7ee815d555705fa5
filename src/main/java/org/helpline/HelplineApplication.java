package org.helpline;

import java.time.Clock;

import org.helpline.console.AdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HelplineApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        if (AdminCommand.isAskedFor(args)) {
            System.exit(AdminCommand.run(HelplineApplication.class, args));
        }
        SpringApplication.run(HelplineApplication.class, args);
    }
}
