package org.helpline.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The console's pages, served from {@code static/console/}: the queue, a ticket, the admins' audit. */
@Controller
class ConsolePages {

    @GetMapping({"/console", "/console/"})
    String queue() {
        return "forward:/console/index.html";
    }

    @GetMapping("/console/audit")
    String audit() {
        return "forward:/console/audit.html";
    }

    @GetMapping("/console/tickets/{number}")
    String ticket(@PathVariable String number) {
        return "forward:/console/ticket.html";
    }
}
