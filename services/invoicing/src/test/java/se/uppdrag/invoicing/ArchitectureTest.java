package se.uppdrag.invoicing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.uppdrag.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "se.uppdrag.invoicing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = ServiceArchitecture.layers("se.uppdrag.invoicing");

    @ArchTest
    static final ArchRule configuration = ServiceArchitecture.configuration("se.uppdrag.invoicing");

    @ArchTest
    static final ArchRule naming = ServiceArchitecture.naming("se.uppdrag.invoicing");

    @ArchTest
    static final ArchRule plainDomain = ServiceArchitecture.plainDomain("se.uppdrag.invoicing");

    @ArchTest
    static final ArchRule noCycles = ServiceArchitecture.noCycles("se.uppdrag.invoicing");
}
