package org.ancrage.testing;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test deployment: the real EAR the build produced, with the test classes and the run-as
 * helpers added to its web module, where Arquillian's servlet runs them.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application(Class<?>... testClasses) {
        File ear = new File(System.getProperty("ancrage.ear", "target/ancrage.ear"));
        EnterpriseArchive archive = ShrinkWrap.create(ZipImporter.class, "ancrage.ear").importFrom(ear)
                .as(EnterpriseArchive.class);
        WebArchive web = archive.getAsType(WebArchive.class, "ancrage-web.war");
        web.addClasses(testClasses)
                .addClasses(Deployments.class, RunAs.class, TestDatabase.class, JobRuns.class, Pdfs.class, HousingFixture.class,
                        HousingFixture.Services.class, HousingServices.class)
                .addClasses(RunAs.Administrator.class, RunAs.Director.class, RunAs.Coordinator.class,
                        RunAs.SocialWorker.class, RunAs.RentalManager.class, RunAs.FunderViewer.class);
        web.addAsWebInfResource("test-ejb-jar.xml", "ejb-jar.xml");
        Testable.archiveToTest(web);
        return archive;
    }
}
