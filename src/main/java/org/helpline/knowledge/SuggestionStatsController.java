package org.helpline.knowledge;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The suggestion statistics for editors and the lead (behind the staff token). */
@RestController
class SuggestionStatsController {

    private final SuggestionFeedback feedback;

    SuggestionStatsController(SuggestionFeedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/api/kb/stats")
    SuggestionFeedback.Stats stats() {
        return feedback.stats();
    }
}
