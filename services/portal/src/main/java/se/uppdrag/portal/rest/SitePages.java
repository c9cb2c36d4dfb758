package se.uppdrag.portal.rest;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import se.uppdrag.portal.web.Session;

/** The way in: the start page, logging in, and the language switch. */
@Path("/")
public class SitePages {

    @Inject
    Session session;

    @Inject
    RoutingContext routing;

    /** Signed in: the home page of one's role; otherwise the open catalogue. */
    @GET
    public Response start() {
        return Response.seeOther(URI.create(session.isSignedIn() ? session.getHome() : "/catalogue"))
                .build();
    }

    /** Requires a login (Keycloak's page, then back here), then goes home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create(session.getHome())).build();
    }

    /** Switches the language the pages are written in, and goes back to the page the user was on. */
    @GET
    @Path("language/{lang}")
    public Response language(@PathParam("lang") String lang, @QueryParam("back") String back) {
        String chosen = "en".equals(lang) ? "en" : "sv";
        routing.response()
                .addCookie(Cookie.cookie(Session.LANGUAGE_COOKIE, chosen)
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSameSite(CookieSameSite.LAX)
                        .setMaxAge(365L * 24 * 3600)
                        .setSecure(routing.request().isSSL()));
        return Response.seeOther(URI.create(Links.local(back))).build();
    }
}
