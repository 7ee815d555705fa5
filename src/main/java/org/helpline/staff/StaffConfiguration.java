package org.helpline.staff;

import org.helpline.api.ApiErrors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The paths only staff may use: the tickets API, the call-backs, the reports and the knowledge-base statistics. */
@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

    @Bean
    FilterRegistrationBean<StaffTokenFilter> staffTokenFilter(StaffSettings settings, ApiErrors errors, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new StaffTokenFilter(settings, errors, json));
        registration.addUrlPatterns("/api/tickets", "/api/tickets/*", "/api/kb/stats", "/api/callbacks",
                "/api/reports/*", "/api/erasures");
        return registration;
    }
}
