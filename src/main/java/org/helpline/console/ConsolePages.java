package org.helpline.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's addresses: the queue, a ticket, the admins' audit. Each is a view of one page,
 * {@code static/console/index.html}, whose script shows the view the address names.
 */
@Controller
class ConsolePages {

    @GetMapping({"/console", "/console/", "/console/tickets/{number}", "/console/audit"})
    String page() {
        return "forward:/console/index.html";
    }
}
