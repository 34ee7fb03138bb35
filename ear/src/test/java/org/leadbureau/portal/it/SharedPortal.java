package org.leadbureau.portal.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test class that talks to the portal over HTTP or through a browser, against the one deployment
 * the whole run shares: Arquillian starts the server (once per test JVM) and {@link SharedDeployment} deploys the
 * EAR the first time a class needs it. Tests that deploy the portal themselves extend {@link PortalRestarts}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({ArquillianExtension.class, SharedDeployment.class})
public @interface SharedPortal {
}
