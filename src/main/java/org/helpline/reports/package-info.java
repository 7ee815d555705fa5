/**
 * Reports for the support lead: the SLA figures per priority and tier over a period
 * ({@code GET /api/reports/sla}, JSON or CSV) and the same figures as Prometheus gauges per priority and channel.
 *
 * <p>Everything is computed from what the tickets module stores and offers publicly
 * ({@link org.helpline.tickets.Tickets#activeBetween}, {@link org.helpline.tickets.SlaClock}); nothing here writes.
 * Nothing else uses this module: its one public type is its {@link org.helpline.reports.ReportSettings}.
 */
package org.helpline.reports;
