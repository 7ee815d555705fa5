package org.helpline.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' accounts page, a page of its own: {@code static/console/accounts/index.html}. */
@Controller
class AccountPages {

    /** Only admins' ({@link ConsoleSecurity}): the page, its script and its calls. */
    static final String[] ADMINS_ONLY = {"/console/accounts/**", "/console/api/accounts/**"};

    @GetMapping({"/console/accounts", "/console/accounts/"})
    String page() {
        return "forward:/console/accounts/index.html";
    }
}
