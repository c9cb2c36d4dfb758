package se.uppdrag.contracts.catalogue;

import java.util.List;
import java.util.UUID;

public record LearningPathPublished(UUID learningPathId, String title, String publishedBy, List<Step> courses) {

    public record Step(int position, UUID courseId, String university) {
    }
}
