/**
 * The organisation: offers (tilbud), their departments, persons and the roles persons hold
 * (aftaleholder, afdelingsleder, medarbejder, AMR, TR, ...). This package is the module's API:
 * {@link dk.handleplan.people.OfferService}, {@link dk.handleplan.people.PersonService} and the
 * records they take and return. Entities live in {@code internal}, which no other module may use.
 * Depends on the kernel only. Tables: {@code ppl_*}.
 */
package dk.handleplan.people;
