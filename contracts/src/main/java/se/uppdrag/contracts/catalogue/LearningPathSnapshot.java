package se.uppdrag.contracts.catalogue;

import java.util.List;
import java.util.UUID;

/** Payload of LearningPathPublished and LearningPathChanged: the whole path as it now is, its courses in order. */
public record LearningPathSnapshot(UUID learningPathId, String title, String publishedBy, List<Step> courses) {

    public record Step(int position, UUID courseId, String university) {}
}
