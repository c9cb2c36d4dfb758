package se.uppdrag.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.Agreements.Notifications;
import se.uppdrag.portal.client.Agreements.Organisation;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Session;

/**
 * Where the signed-in user's organisation wants the platform's notices: one list of addresses per role the
 * organisation has (HR at an employer or funder; administrators and finance at a university), and the language.
 */
@Path("/notifications")
@RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.FINANCE})
public class NotificationPages {

    private static final List<String> ROLES = List.of("employer", "university", "finance");

    @Inject
    @RestClient
    AgreementApi agreements;

    @Inject
    Session session;

    public record NotificationsPage(Organisation organisation, Form form, String notice) {

        public boolean university() {
            return "UNIVERSITY".equals(organisation.kind());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(NotificationsPage page);
    }

    @GET
    public TemplateInstance notifications(@QueryParam("notice") String notice) {
        Notifications kept = agreements.notifications(session.getOrg());
        Form form = Form.empty()
                .set("language", kept.language())
                .set("employer", String.join("\n", kept.employer()))
                .set("university", String.join("\n", kept.university()))
                .set("finance", String.join("\n", kept.finance()));
        return session.page(Templates.notifications(page(form, notice)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        for (String role : ROLES) {
            for (int i = 0; i < 10; i++) {
                form.alias(role + "[" + i + "]", role);
            }
        }
        return Pages.submit(
                form,
                () -> {
                    agreements.setNotifications(
                            session.getOrg(),
                            new Notifications(
                                    "en".equals(form.text("language")) ? "en" : "sv",
                                    lines(form.text("employer")),
                                    lines(form.text("university")),
                                    lines(form.text("finance"))));
                    return Pages.seeOther("/notifications", "notifications_saved");
                },
                () -> session.page(Templates.notifications(page(form, null))));
    }

    private NotificationsPage page(Form form, String notice) {
        return new NotificationsPage(agreements.organisation(session.getOrg()), form, notice);
    }

    /** One address a line; blank lines and the spaces around an address go. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
