/** The Thymeleaf engine shared by the pages (app) and the PDF documents, with fast reads of records. */
package dk.handleplan.documents.templates;
