package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.uppdrag.agreement.domain.InquiryQuestion;

@ApplicationScoped
public class InquiryQuestionRepository implements PanacheRepositoryBase<InquiryQuestion, UUID> {

    public List<InquiryQuestion> ofInquiry(UUID inquiryId) {
        return list("inquiryId", Sort.by("askedAt").and("id"), inquiryId);
    }
}
