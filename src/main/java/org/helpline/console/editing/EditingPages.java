package org.helpline.console.editing;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' addresses: the articles, the dialog texts, the history; views of {@code static/console/editing/index.html}. */
@Controller
class EditingPages {

    @GetMapping({"/console/editing", "/console/editing/", "/console/editing/texts", "/console/editing/history"})
    String page() {
        return "forward:/console/editing/index.html";
    }
}
