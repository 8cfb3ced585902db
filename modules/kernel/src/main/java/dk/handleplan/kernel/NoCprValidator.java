package dk.handleplan.kernel;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.RecordComponent;

/**
 * Checks every String component of a record for CPR numbers, and for characters nobody types
 * ({@link PlainText}), and names each offending field.
 */
public class NoCprValidator implements ConstraintValidator<NoCpr, Record> {

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getType() != String.class) {
                continue;
            }
            String text;
            try {
                text = (String) component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
            String message = PersonalData.containsCpr(text) ? NoCpr.MESSAGE
                    : PlainText.hasForbiddenCharacter(text) ? PlainText.MESSAGE : null;
            if (message != null) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                }
                valid = false;
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(component.getName())
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
