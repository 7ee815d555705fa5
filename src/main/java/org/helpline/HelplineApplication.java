package org.helpline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HelplineApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelplineApplication.class, args);
    }
}
