package se.uppdrag.portal.rest;

/** The catalogue's schema.org JSON-LD, made safe to embed in a page's script element. */
final class JsonLd {

    private JsonLd() {}

    /**
     * A JSON text cannot end the script element it sits in once every '<' is escaped as a JSON unicode escape, which
     * reads the same to a JSON-LD parser.
     */
    static String embeddable(String json) {
        return json == null
                ? ""
                : json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
