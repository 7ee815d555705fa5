package org.helpline.console;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit of who looked at which ticket, for admins only ({@link ConsoleSecurity}). */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/console/api/audit")
    List<AuditLog.Entry> latest() {
        return audit.latest();
    }
}
