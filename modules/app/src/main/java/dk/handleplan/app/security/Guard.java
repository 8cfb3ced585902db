package dk.handleplan.app.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On every REST method: which element the path's {@code {id}} names and what the call does to it.
 * {@link GuardFilter} checks it before the method runs; {@code Element.NONE} means the method checks
 * scope itself (lists filtered to what the caller may read, creations naming an offer in the body).
 * A test fails when a REST method has no guard.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Guard {

    Element value();

    Action action();

    /** The kinds of element a path id can name. */
    enum Element { NONE, OFFER, DEPARTMENT, PERSON, ROLE, PLAN, SECTION, GOAL, ACTIVITY, NOTE, MILESTONE, USER,
        SUPERVISOR_GRANT, COMMENT, STAFF_FIGURES,
        COERCION_CASE, COERCION_FOLLOW_UP, COERCION_MEASURE_KIND, BENCHMARK, TARGET, REVISION }

    /** What the call does. */
    enum Action {
        /** Read; another offer's element is 404. */
        READ,
        /** Change plan content of the element's offer: department leaders and administrators. */
        EDIT,
        /** Add a progress note: as EDIT, or a staff member responsible for the activity. */
        ADD_NOTE,
        /** Organisation and user administration: administrators only. */
        ADMINISTER,
        /** Grant supervisors access to the offer: administrators and the offer's aftaleholder. */
        GRANT_SUPERVISION,
        /** Read the offer's audit trail: administrators, the offer's leaders and aftaleholder. */
        AUDIT,
        /** Sign off a published revision of a plan, or send it back: administrators and the offer's aftaleholder. */
        SIGN_OFF,
        /** Read and write comments on the offer's plans: administrators, the offer's leaders and aftaleholder. */
        COMMENT,
        /**
         * Read coercion case details: administrators, the offer's afdelingsledere and aftaleholder (others
         * who read the offer see counts only: 403). Every such read is written to the audit trail.
         */
        COERCION_DETAILS,
        /** Any signed-in user; the method limits what it returns. */
        SIGNED_IN,
        /** Anyone, signed in or not: static files, and what authenticates by other means (feed tokens). */
        PUBLIC
    }
}
