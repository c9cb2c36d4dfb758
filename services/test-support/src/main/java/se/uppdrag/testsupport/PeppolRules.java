package se.uppdrag.testsupport;

import com.helger.diagnostics.error.IError;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2025_11;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The official Peppol BIS Billing 3.0 checks (UBL schema, EN 16931 and Peppol Schematron, Swedish national rules) as
 * published in phive-rules-peppol. Loading the rules takes seconds, so one registry serves the JVM. Modules using
 * it add phive-rules-peppol and jaxb-runtime (optional here, so other services do not carry them).
 */
public final class PeppolRules {

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY =
            new ValidationExecutorSetRegistry<>();

    static {
        EN16931Validation.initEN16931(REGISTRY);
        PeppolValidation.initStandard(REGISTRY);
    }

    private PeppolRules() {}

    /** Errors and fatal errors of the document (warnings are advice, not failures), as "rule: text at location". */
    public static List<String> errors(String ubl) {
        boolean creditNote = ubl.contains("<CreditNote");
        IValidationExecutorSet<IValidationSourceXML> rules = REGISTRY.getOfID(
                creditNote
                        ? PeppolValidation2025_11.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3
                        : PeppolValidation2025_11.VID_OPENPEPPOL_INVOICE_UBL_V3);
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), rules, ValidationSourceXML.create("document.xml", parse(ubl)));
        List<String> errors = new ArrayList<>();
        results.forEachFlattened(
                IError::isError,
                e -> errors.add(
                        e.getErrorID() + ": " + e.getErrorText(Locale.ENGLISH) + " at " + e.getErrorFieldName()));
        if (results.size() == 0) {
            errors.add("no rules ran");
        }
        return errors;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not well-formed XML", e);
        }
    }
}
