package se.uppdrag.catalogue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.uppdrag.catalogue.domain.LearningPath;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class LearningPathRepository implements PanacheRepositoryBase<LearningPath, UUID> {

    /** By title; only those the university published when one is given. */
    public PageOf<LearningPath> list(String publishedBy, int page, int size) {
        var query = publishedBy == null
                ? findAll(Sort.by("title").and("id"))
                : find("publishedBy", Sort.by("title").and("id"), publishedBy);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }
}
