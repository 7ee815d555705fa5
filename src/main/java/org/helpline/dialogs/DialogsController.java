package org.helpline.dialogs;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells editors whether their last edit of a dialog file is in use. */
@RestController
class DialogsController {

    record Status(List<String> languages, List<Dialogs.BrokenFile> broken) {
    }

    private final Dialogs dialogs;

    DialogsController(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @GetMapping("/api/dialogs/status")
    Status status() {
        return new Status(dialogs.languages(), dialogs.broken());
    }
}
