package org.helpline.intake;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The call-backs staff owe clients who could not give a contract number (staff token required). */
@RestController
class CallBacksController {

    private final CallBacks callBacks;

    CallBacksController(CallBacks callBacks) {
        this.callBacks = callBacks;
    }

    @GetMapping("/api/callbacks")
    List<CallBacks.CallBack> all() {
        return callBacks.all();
    }
}
