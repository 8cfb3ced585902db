package dk.handleplan.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view's component: its values never enter the append-only audit trail, which records only
 * that the field changed. For personal details that a retention rule must be able to remove.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface KeptOutOfAudit {
}
