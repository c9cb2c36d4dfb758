package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Course evaluations: the participant's public form and the results. Swedish in messages/eva_sv.properties (the
 * default), English in messages/eva_en.properties; templates read them as {@code {eva:key}}.
 */
@MessageBundle(value = "eva", locale = "sv")
public interface EvaluationMessages {

    @Message
    String form_title();

    @Message
    String form_lead(String course, String university, String from, String to);

    @Message
    String form_anonymous();

    @Message
    String question_overall();

    @Message
    String question_relevance();

    @Message
    String question_teaching();

    @Message
    String question_organisation();

    @Message
    String scale(String value);

    @Message
    String choose_one();

    @Message
    String comment();

    @Message
    String comment_hint();

    @Message
    String submit();

    @Message
    String done_answered_title();

    @Message
    String done_answered();

    @Message
    String done_used_title();

    @Message
    String done_used();

    @Message
    String done_unknown_title();

    @Message
    String done_unknown();

    @Message
    String results_title();

    @Message
    String results_answered(long answered, long invited);

    @Message
    String results_rate(String rate);

    @Message
    String results_none_invited();

    @Message
    String results_too_few(int minimum);

    @Message
    String results_caption();

    @Message
    String column_question();

    @Message
    String column_average();

    @Message
    String column_answers();

    @Message
    String column_distribution();

    @Message
    String distribution_label();

    @Message
    String comments();

    @Message
    String comments_none();

    @Message
    String own_title();

    @Message
    String own_lead();

    @Message
    String own_none();

    @Message
    String own_text();

    @Message
    String own_add();

    @Message
    String own_remove();

    @Message
    String own_remove_of(String text);

    @Message
    String link();
}
