package se.uppdrag.portal.rest;

import static se.uppdrag.portal.rest.Pages.given;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.Agreements.Address;
import se.uppdrag.portal.client.Agreements.Organisation;
import se.uppdrag.portal.client.Agreements.OrganisationRequest;
import se.uppdrag.portal.client.DeadLetterApi;
import se.uppdrag.portal.client.Operations.DeadLetter;
import se.uppdrag.portal.client.Operations.ReplayResult;
import se.uppdrag.portal.client.Operations.ServiceHealth;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.Concurrently;
import se.uppdrag.portal.web.FinanceMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.HtmxRequests;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.OperatorMessages;
import se.uppdrag.portal.web.Session;

/** The platform operator's pages: each service's readiness, the organisations, and every service's dead letters. */
@Path("/operator")
@RolesAllowed(Roles.OPERATOR)
public class OperatorPages {

    static final List<String> KINDS = List.of("EMPLOYER", "UNIVERSITY", "FUNDER");
    static final List<String> BUYER_TYPES = List.of("PRIVATE", "MUNICIPALITY_OR_REGION", "STATE_AGENCY");

    @Inject
    @RestClient
    AgreementApi agreements;

    @Inject
    @RestClient
    DeadLetterApi.Catalogue catalogueLetters;

    @Inject
    @RestClient
    DeadLetterApi.PartnerAgreement agreementLetters;

    @Inject
    @RestClient
    DeadLetterApi.Enrolment enrolmentLetters;

    @Inject
    @RestClient
    DeadLetterApi.Invoicing invoicingLetters;

    @Inject
    se.uppdrag.portal.service.ServiceHealth health;

    @Inject
    Session session;

    @Inject
    Concurrently concurrently;

    @Inject
    RoutingContext routing;

    public record OrganisationsPage(Page<Organisation> organisations, Paging paging, Form filters, String notice) {}

    public record OrganisationPage(String orgNumber, Form form, String notice) {

        public boolean isNew() {
            return orgNumber == null;
        }

        public List<String> kinds() {
            return KINDS;
        }

        public List<String> buyerTypes() {
            return BUYER_TYPES;
        }
    }

    /** A service's dead letters, or why they could not be read. */
    public record Letters(String service, List<DeadLetter> letters, String problem) {}

    /** A replay's outcome, shown in place of its button. */
    public record Replayed(String service, String topic, int partition, long offset, ReplayResult result) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance health(List<ServiceHealth> services);

        static native TemplateInstance organisations(OrganisationsPage page);

        static native TemplateInstance organisation(OrganisationPage page);

        static native TemplateInstance letters(List<Letters> services, Replayed replayed);

        static native TemplateInstance replayed(Replayed replayed);
    }

    @GET
    public TemplateInstance health() {
        return session.page(Templates.health(health.all()));
    }

    @GET
    @Path("organisations")
    public TemplateInstance organisations(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("page") Integer page,
            @QueryParam("notice") String notice) {
        Form filters = Form.empty().set("q", q).set("kind", kind);
        Page<Organisation> found = agreements.organisations(given(q), given(kind), page, CataloguePages.PAGE_SIZE);
        return session.page(Templates.organisations(new OrganisationsPage(
                found,
                Paging.of("/operator/organisations", Links.parameters("q", q, "kind", kind), found),
                filters,
                notice)));
    }

    @GET
    @Path("organisations/new")
    public TemplateInstance newOrganisation() {
        return session.page(Templates.organisation(new OrganisationPage(
                null,
                Form.empty().set("kind", "EMPLOYER").set("buyerType", "PRIVATE").set("country", "SE"),
                null)));
    }

    @POST
    @Path("organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> posted) {
        Form form = addressed(Form.of(posted));
        required(form);
        return Pages.submit(
                form,
                () -> {
                    Organisation registered = agreements.register(details(form));
                    return Pages.seeOther(
                            "/operator/organisations/" + registered.orgNumber(), "organisation_registered");
                },
                () -> session.page(Templates.organisation(new OrganisationPage(null, form, null))));
    }

    @GET
    @Path("organisations/{org}")
    public TemplateInstance organisation(@PathParam("org") String org, @QueryParam("notice") String notice) {
        Organisation o = agreements.organisation(org);
        Form form = Form.empty()
                .set("orgNumber", o.orgNumber())
                .set("name", o.name())
                .set("kind", o.kind())
                .set("buyerType", o.buyerType())
                .set("peppolEndpoint", o.peppolEndpoint())
                .set("bankgiro", o.bankgiro());
        if (o.address() != null) {
            form.set("street", o.address().street())
                    .set("postalCode", o.address().postalCode())
                    .set("city", o.address().city())
                    .set("country", o.address().country());
        }
        return session.page(Templates.organisation(new OrganisationPage(org, form, notice)));
    }

    @POST
    @Path("organisations/{org}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("org") String org, MultivaluedMap<String, String> posted) {
        Form form = addressed(Form.of(posted)).set("orgNumber", org);
        required(form);
        return Pages.submit(
                form,
                () -> {
                    agreements.update(org, details(form));
                    return Pages.seeOther("/operator/organisations/" + org, "organisation_saved");
                },
                () -> session.page(Templates.organisation(new OrganisationPage(org, form, null))));
    }

    @GET
    @Path("dead-letters")
    public TemplateInstance deadLetters() {
        return session.page(Templates.letters(letters(), null));
    }

    /** Replays one dead letter through its consumer's inbox: applied, a duplicate, stale, or dead-lettered again. */
    @POST
    @Path("dead-letters/{service}/{topic}/{partition}/{offset}/replay")
    public TemplateInstance replay(
            @PathParam("service") String service,
            @PathParam("topic") String topic,
            @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        ReplayResult result = office(service).replay(topic, partition, offset);
        Replayed replayed = new Replayed(service, topic, partition, offset, result);
        return session.page(
                HtmxRequests.isHtmx(routing) ? Templates.replayed(replayed) : Templates.letters(letters(), replayed));
    }

    private List<Letters> letters() {
        List<Concurrently.Answer<Letters>> asked = new ArrayList<>();
        for (var office : offices().entrySet()) {
            asked.add(concurrently.ask(() -> {
                try {
                    return new Letters(office.getKey(), office.getValue().list(100), null);
                } catch (ServiceProblem | ProcessingException e) {
                    return new Letters(office.getKey(), List.of(), e.getMessage());
                }
            }));
        }
        return asked.stream().map(Concurrently.Answer::get).toList();
    }

    private Map<String, DeadLetterApi> offices() {
        Map<String, DeadLetterApi> offices = new LinkedHashMap<>();
        offices.put("catalogue", catalogueLetters);
        offices.put("partner-agreement", agreementLetters);
        offices.put("enrolment", enrolmentLetters);
        offices.put("invoicing", invoicingLetters);
        return offices;
    }

    private DeadLetterApi office(String service) {
        DeadLetterApi office = offices().get(service);
        if (office == null) {
            throw Pages.notFound();
        }
        return office;
    }

    /** The address fields are the service's address.street … beside its fields. */
    private Inputs required(Form form) {
        return new Inputs(form, session.messages())
                .required("orgNumber", "name", "street", "postalCode", "city", "country");
    }

    private Form addressed(Form form) {
        OperatorMessages ops = session.messages(OperatorMessages.class);
        form.labelled(
                "orgNumber",
                session.messages(FinanceMessages.class).invoice_orgnr(),
                "name",
                ops.organisation_name(),
                "street",
                ops.organisation_street(),
                "postalCode",
                ops.organisation_postal_code(),
                "city",
                ops.organisation_city(),
                "country",
                ops.organisation_country(),
                "peppolEndpoint",
                session.messages(FinanceMessages.class).invoice_peppol(),
                "bankgiro",
                ops.organisation_bankgiro());
        for (String field : List.of("street", "postalCode", "city", "country")) {
            form.alias("address." + field, field);
        }
        return form;
    }

    private static OrganisationRequest details(Form form) {
        // Employers and funders are invoiced: their buyer type decides the VAT.
        boolean employer = !"UNIVERSITY".equals(form.text("kind"));
        return new OrganisationRequest(
                form.text("orgNumber") == null ? null : form.text("orgNumber").replace("-", ""),
                form.text("name"),
                form.text("kind"),
                employer ? form.text("buyerType") : null,
                new Address(form.text("street"), form.text("postalCode"), form.text("city"), form.text("country")),
                form.text("peppolEndpoint"),
                form.text("bankgiro"));
    }
}
