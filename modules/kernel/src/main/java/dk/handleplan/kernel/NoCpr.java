package dk.handleplan.kernel;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an input record: none of its text fields may contain a CPR number, nor control characters or
 * broken characters ({@link PlainText}). Put on the type, so a new text field is covered without anyone
 * remembering to annotate it.
 */
@Documented
@Constraint(validatedBy = NoCprValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoCpr {

    /** In English like every API message, followed by Danish for the people who typed it. */
    String MESSAGE = "must not contain a CPR number: CPR numbers may not be entered in Handleplan;"
            + " refer to residents by pseudonym (Der må ikke skrives CPR-numre i Handleplan;"
            + " omtal borgere med pseudonym.)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
