package org.helpline.erasure;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deletion records, for staff (behind the staff token). Staff ask for an erasure on a ticket
 * ({@code POST /api/tickets/{number}/erasure}, the handoff's).
 */
@RestController
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @GetMapping("/api/erasures")
    List<DeletionRecord> records() {
        return erasure.records();
    }
}
