package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    public PageOf<Organisation> list(int page, int size) {
        var query = findAll(Sort.by("name"));
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }
}
