/**
 * Revisions of a plan: the afdelingsleder publishes the plan as it is ("opdateret 2025-01-15", with an
 * optional comment), which freezes a {@link dk.handleplan.revisions.PlanSnapshot} forever; the
 * aftaleholder signs it off or sends it back with a comment. {@link dk.handleplan.revisions.RevisionComparison}
 * tells what was added, changed, completed and archived between two snapshots.
 * <p>
 * Depends on themes (a revision belongs to a plan). The snapshot is built by the application from its
 * plan tree, so this module needs none of the modules that own the plan's content. Tables: {@code rev_*}.
 */
package dk.handleplan.revisions;
