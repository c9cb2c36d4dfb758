package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The operator's pages: the services, organisations and dead letters.
 * Swedish in messages/ops_sv.properties (the default), English in messages/ops_en.properties;
 * templates read them as {@code {ops:key}}. A key missing here fails the build. A bundle keeps under 300
 * messages: Qute 3.34's generated resolver for a larger one fails verification at start.
 */
@MessageBundle(value = "ops", locale = "sv")
public interface OperatorMessages {

    @Message
    String health_title();

    @Message
    String health_lead();

    @Message
    String health_service();

    @Message
    String health_detail();

    @Message
    String health_ready();

    @Message
    String health_not_ready();

    @Message
    String health_again();

    @Message
    String organisation_new();

    @Message
    String organisations_q();

    @Message
    String organisation_kind();

    @Message
    String organisation_kind_name(String kind);

    @Message
    String organisations_none();

    @Message
    String organisation_name();

    @Message
    String organisation_buyer_type();

    @Message
    String buyer_type_name(String type);

    @Message
    String organisation_orgnr_hint();

    @Message
    String organisation_buyer_type_hint();

    @Message
    String organisation_street();

    @Message
    String organisation_postal_code();

    @Message
    String organisation_city();

    @Message
    String organisation_country();

    @Message
    String organisation_country_hint();

    @Message
    String organisation_peppol_hint();

    @Message
    String organisation_bankgiro();

    @Message
    String organisation_bankgiro_hint();

    @Message
    String organisation_register();

    @Message
    String letters_lead();

    @Message
    String letters_unreadable(String problem);

    @Message
    String letters_of(String service);

    @Message
    String letters_when();

    @Message
    String letters_event();

    @Message
    String letters_reason();

    @Message
    String letters_applied();

    @Message
    String letters_replay();

    @Message
    String letters_replay_of(String event, long offset);

    @Message
    String letters_none();

    @Message
    String replay_outcome(String outcome);
}
