package se.uppdrag.catalogue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.uppdrag.platform.repository.PageOf;
import java.util.UUID;
import se.uppdrag.catalogue.domain.LearningPath;

@ApplicationScoped
public class LearningPathRepository implements PanacheRepositoryBase<LearningPath, UUID> {

    public PageOf<LearningPath> list(int page, int size) {
        var query = findAll(Sort.by("title"));
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }
}
