package se.uppdrag.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.domain.RuleViolation;

class SeatsAndQuotaTest {

    @Test
    void an_occasion_gives_out_its_seats_and_no_more() {
        OccasionFact occasion = occasion(2);

        occasion.takeSeat();
        occasion.takeSeat();

        assertThat(occasion.hasFreeSeat()).isFalse();
        assertThatThrownBy(occasion::takeSeat)
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("all its 2 seats");
        assertThat(occasion.seatsTaken).isEqualTo(2);

        occasion.releaseSeat();
        assertThat(occasion.hasFreeSeat()).isTrue();
    }

    @Test
    void a_seat_never_taken_cannot_be_released() {
        OccasionFact occasion = occasion(2);

        assertThatThrownBy(occasion::releaseSeat).isInstanceOf(IllegalStateException.class);
        assertThat(occasion.seatsTaken).isZero();
    }

    @Test
    void the_waiting_list_hands_out_places_in_turn() {
        OccasionFact occasion = occasion(1);

        assertThat(occasion.nextWaitlistPosition()).isEqualTo(1);
        assertThat(occasion.nextWaitlistPosition()).isEqualTo(2);
        assertThat(occasion.nextWaitlistPosition()).isEqualTo(3);
    }

    @Test
    void an_agreement_gives_out_its_quota_and_no_more() {
        AgreementFact agreement = new AgreementFact();
        agreement.agreementId = UUID.randomUUID();
        agreement.seatQuota = 1;

        agreement.useSeat();

        assertThat(agreement.hasQuotaLeft()).isFalse();
        assertThatThrownBy(agreement::useSeat).isInstanceOf(RuleViolation.class).hasMessageContaining("quota");
        agreement.returnSeat();
        assertThat(agreement.hasQuotaLeft()).isTrue();
        assertThatThrownBy(agreement::returnSeat).isInstanceOf(IllegalStateException.class);
        assertThat(agreement.seatsUsed).isZero();
    }

    private static OccasionFact occasion(int seats) {
        OccasionFact occasion = new OccasionFact();
        occasion.occasionId = UUID.randomUUID();
        occasion.seats = seats;
        return occasion;
    }
}
