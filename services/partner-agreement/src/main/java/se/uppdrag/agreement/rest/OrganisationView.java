package se.uppdrag.agreement.rest;

import java.time.Instant;
import se.uppdrag.agreement.domain.Address;
import se.uppdrag.agreement.domain.BuyerType;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.agreement.domain.OrganisationKind;

public record OrganisationView(
        String orgNumber,
        String name,
        OrganisationKind kind,
        BuyerType buyerType,
        Address address,
        String peppolEndpoint,
        String bankgiro,
        Instant createdAt) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(
                o.orgNumber, o.name, o.kind, o.buyerType, o.address, o.peppolEndpoint, o.bankgiro, o.createdAt);
    }
}
