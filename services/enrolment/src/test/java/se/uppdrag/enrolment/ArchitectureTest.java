package se.uppdrag.enrolment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.uppdrag.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "se.uppdrag.enrolment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = ServiceArchitecture.layers("se.uppdrag.enrolment");

    @ArchTest
    static final ArchRule configuration = ServiceArchitecture.configuration("se.uppdrag.enrolment");

    @ArchTest
    static final ArchRule naming = ServiceArchitecture.naming("se.uppdrag.enrolment");

    @ArchTest
    static final ArchRule plainDomain = ServiceArchitecture.plainDomain("se.uppdrag.enrolment");

    @ArchTest
    static final ArchRule noCycles = ServiceArchitecture.noCycles("se.uppdrag.enrolment");
}
