package org.helpline.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * How one SLA target fared: the tickets whose target was decided in the period, met or missed, and the numbers of
 * those that missed it. {@code metPercent} is null when none was decided.
 */
record Compliance(int met, int missed, Double metPercent, List<String> breaches) {

    /** Counts verdicts as they come. */
    static final class Counter {

        private int met;
        private final List<String> breaches = new ArrayList<>();

        void count(TicketSla.Verdict verdict, String number, ReportPeriod period) {
            if (verdict == null || !period.contains(verdict.at())) {
                return;
            }
            if (verdict.met()) {
                met++;
            } else {
                breaches.add(number);
            }
        }

        Compliance result() {
            return new Compliance(met, breaches.size(), Tally.percent(met, met + breaches.size()), List.copyOf(breaches));
        }
    }
}
