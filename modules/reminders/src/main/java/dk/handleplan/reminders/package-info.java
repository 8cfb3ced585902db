/**
 * Reminders: the deadlines of the plans brought to the people responsible for them (named, or by a
 * role they hold in the offer), as a personal calendar feed (iCalendar, RFC 5545, behind a secret
 * address) and as e-mail: a weekly digest of overdue and upcoming deadlines, and a reminder some days
 * before each. API: {@link dk.handleplan.reminders.CalendarFeedService},
 * {@link dk.handleplan.reminders.DigestService}, {@link dk.handleplan.reminders.ResponsibleDeadlines}.
 * The application supplies the {@link dk.handleplan.reminders.Mailer} and the settings. Depends on
 * deadlines (and below), access, and coercion (an afdelingsleder's digest lists the coercion cases waiting
 * for follow-up or a report, without personal details). Tables: {@code rem_*}.
 */
package dk.handleplan.reminders;
