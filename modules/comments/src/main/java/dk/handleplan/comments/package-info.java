/**
 * Comments: remarks on a plan or on one of its sections, goals or activities, such as the
 * aftaleholder's review and the department leaders' answers, which are marked resolved when dealt
 * with and archived rather than deleted. API: {@link dk.handleplan.comments.CommentService}.
 * Depends on activities (and through it goals and themes). Tables: {@code cmt_*}.
 */
package dk.handleplan.comments;
