package se.battrebemotande.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as built by {@code mvn package}: integration tests deploy the real WAR. */
public final class Deployments {
    private Deployments() {}

    public static WebArchive war() {
        // Every registration mails a confirmation link: a test server takes it, in every test class.
        TestMail.server();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/battre-bemotande.war"));
    }
}
