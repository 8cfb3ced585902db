/**
 * The Danish web pages: Thymeleaf templates ({@code src/main/resources/templates}) rendered behind
 * JAX-RS resources, with htmx for updating parts of a page. Pages read through the same services as
 * the API and change data by calling the API's resources, so access rules ({@code @Guard}), validation
 * and the audit trail are the API's own.
 */
package dk.handleplan.app.web;
