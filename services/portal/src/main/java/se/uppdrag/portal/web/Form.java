package se.uppdrag.portal.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import se.uppdrag.portal.client.ServiceProblem;

/**
 * A form as the user filled it in: what they typed (kept when the form comes back), and what is wrong with which
 * field, as the service (or the portal, for what it cannot even read) said. Field names are the services' request
 * paths ({@code title}, {@code listPrice.amount}, {@code participants[0].email}), so a service's field error lands
 * beside the field it is about.
 */
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<String> labelled = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String problem;

    public static Form empty() {
        return new Form();
    }

    public static Form of(Map<String, String> values) {
        Form form = new Form();
        values.forEach((name, value) -> form.values.put(name, value == null ? "" : value));
        return form;
    }

    /** What the browser posted; a field sent several times (checkboxes) keeps all its values. */
    public static Form of(MultivaluedMap<String, String> posted) {
        Form form = new Form();
        posted.forEach((name, all) -> {
            if (!name.equals(CsrfTokens.FIELD)) {
                form.values.put(name, all.isEmpty() || all.get(0) == null ? "" : all.get(0));
                form.lists.put(name, all.stream().filter(Objects::nonNull).toList());
            }
        });
        return form;
    }

    /** What the browser posted as multipart/form-data (a form with a file); the files are left to {@link #file}. */
    public static Form of(MultipartFormDataInput posted) {
        Form form = new Form();
        posted.getValues().forEach((name, all) -> {
            if (!name.equals(CsrfTokens.FIELD)) {
                List<String> texts = all.stream()
                        .filter(v -> !v.isFileItem())
                        .map(v -> v.getValue())
                        .toList();
                if (!texts.isEmpty()) {
                    form.values.put(name, texts.get(0) == null ? "" : texts.get(0));
                    form.lists.put(name, texts);
                }
            }
        });
        return form;
    }

    /** A file the browser sent in the field, as bytes (at most {@code limit}); none when no file was chosen. */
    public static byte[] file(MultipartFormDataInput posted, String name, long limit) {
        var values = posted.getValues().get(name);
        if (values == null) {
            return null;
        }
        for (var value : values) {
            if (value.isFileItem()) {
                try {
                    if (value.getFileItem().getFileSize() == 0) {
                        return null;
                    }
                    if (value.getFileItem().getFileSize() > limit) {
                        throw new BadRequestException(name + " is larger than " + limit + " bytes");
                    }
                    try (var in = value.getFileItem().getInputStream()) {
                        return in.readAllBytes();
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("could not read the uploaded " + name, e);
                }
            }
        }
        return null;
    }

    /** Every value posted for the field, in order; none when it was not posted. */
    public List<String> values(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** Whether a checkbox of the field with this value was ticked. */
    public boolean has(String name, Object value) {
        String wanted = String.valueOf(value);
        return values(name).contains(wanted) || wanted.equals(values.get(name));
    }

    /** What was typed, or the default where the field was not sent at all. */
    public String valueOr(String name, Object fallback) {
        return values.containsKey(name) ? values.get(name) : fallback == null ? "" : fallback.toString();
    }

    /** A trimmed value, or null for an empty field. */
    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A service field path that this form shows under another name (e.g. listPrice.amount under listPrice). */
    public Form alias(String servicePath, String field) {
        aliases.put(servicePath, field);
        return this;
    }

    /** Adds a value to a field that holds several (a ticked checkbox among others). */
    public Form add(String name, Object value) {
        List<String> all = new ArrayList<>(lists.getOrDefault(name, List.of()));
        all.add(String.valueOf(value));
        lists.put(name, all);
        values.putIfAbsent(name, String.valueOf(value));
        return this;
    }

    public Form set(String name, Object value) {
        values.put(name, value == null ? "" : value.toString());
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Whether the field holds this value (a checked box, a selected option). */
    public boolean holds(String name, String value) {
        return value != null && value.equals(values.get(name));
    }

    public boolean invalid(String name) {
        return errors.containsKey(name);
    }

    public String error(String name) {
        return errors.getOrDefault(name, "");
    }

    /** An error the portal found itself, before asking a service. */
    public Form reject(String name, String message) {
        errors.merge(name, message, (a, b) -> a + "; " + b);
        return this;
    }

    /** What the service answered: its detail above the form, each field's message beside the field. */
    public Form refusedBy(ServiceProblem refusal) {
        problem = refusal.detail();
        for (ServiceProblem.FieldError error : refusal.errors()) {
            reject(aliases.getOrDefault(error.field(), error.field()), error.message());
        }
        return this;
    }

    public Form problem(String detail) {
        problem = detail;
        return this;
    }

    public boolean hasErrors() {
        return problem != null || !errors.isEmpty();
    }

    public String getProblem() {
        return problem;
    }

    /**
     * The fields' labels as the page shows them, in its order (name, label, name, label …): the error summary above
     * the form then names the field each message is about, in the order the fields come.
     */
    public Form labelled(String... namesAndLabels) {
        for (int i = 0; i + 1 < namesAndLabels.length; i += 2) {
            labelled.add(namesAndLabels[i]);
            labels.put(namesAndLabels[i], namesAndLabels[i + 1]);
        }
        return this;
    }

    /** The fields at fault, in form order, for the error summary's links: "label: message" where the label is known. */
    public List<Map.Entry<String, String>> getFieldErrors() {
        List<Map.Entry<String, String>> summary = new ArrayList<>();
        errors.forEach((name, message) ->
                summary.add(Map.entry(name, labels.containsKey(name) ? labels.get(name) + ": " + message : message)));
        summary.sort(Comparator.comparingInt(e -> {
            int position = labelled.indexOf(e.getKey());
            return position < 0 ? Integer.MAX_VALUE : position;
        }));
        return summary;
    }

    /** The HTML id of a field; paths like participants[0].email become participants-0-email. */
    public static String idOf(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }

    public String id(String name) {
        return idOf(name);
    }
}
