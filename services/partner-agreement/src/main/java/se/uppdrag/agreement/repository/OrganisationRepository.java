package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
}
