package dk.handleplan.app.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that deploys the WAR to its own Payara Micro through Arquillian. The extensions come in
 * this order because {@link PreviousServerStopped} must run before Arquillian starts the server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({PreviousServerStopped.class, ArquillianExtension.class})
public @interface ArquillianOnPayaraMicro {
}
