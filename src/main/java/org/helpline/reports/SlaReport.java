package org.helpline.reports;

import java.time.OffsetDateTime;
import java.util.List;

/** The SLA report of a period, {@code [from, to)} in the business calendar's zone: a row per priority and tier. */
record SlaReport(OffsetDateTime from, OffsetDateTime to, List<SlaRow> rows) {
}
