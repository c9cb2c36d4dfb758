package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.agreement.domain.OrganisationKind;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    public PageOf<Organisation> list(String text, OrganisationKind kind, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null) {
            String digits = text.replace("-", "").trim();
            where.append(" and (lower(name) like :name escape '\\'");
            params.put(
                    "name",
                    "%"
                            + text.toLowerCase(Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
            if (digits.matches("[0-9]{1,10}")) {
                where.append(" or orgNumber like :number");
                params.put("number", digits + "%");
            }
            where.append(")");
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        var query = find(where.toString(), Sort.by("name").and("orgNumber"), params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    /** The organisation if it is registered as {@code kind}. */
    public Optional<Organisation> registered(String orgNumber, OrganisationKind kind) {
        return findByIdOptional(orgNumber).filter(o -> o.is(kind));
    }

    /** The organisation numbers of every organisation of one kind. */
    public List<String> allOf(OrganisationKind kind) {
        return find("select orgNumber from Organisation where kind = ?1 order by orgNumber", kind)
                .project(String.class)
                .list();
    }

    public List<Organisation> findAllById(Collection<String> orgNumbers) {
        return orgNumbers.isEmpty() ? List.of() : list("orgNumber in ?1", orgNumbers);
    }
}
