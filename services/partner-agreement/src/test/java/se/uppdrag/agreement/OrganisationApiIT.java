package se.uppdrag.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.uppdrag.agreement.AgreementTestSupport.employer;
import static se.uppdrag.agreement.AgreementTestSupport.university;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OrganisationApiIT {

    private static final String OPS = TestTokens.operator();

    @Inject
    TestSql sql;

    @Test
    void an_operator_registers_an_employer_that_anyone_signed_in_can_read() {
        as(OPS).body(employer("5560360793", "Maskinverken AB", "PRIVATE"))
                .post("/organisations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/organisations/5560360793"))
                .body("kind", equalTo("EMPLOYER"))
                .body("buyerType", equalTo("PRIVATE"))
                .body("address.city", equalTo("Umeå"));

        as(TestTokens.employer("5566778808"))
                .get("/organisations/5560360793")
                .then()
                .statusCode(200)
                .body("name", equalTo("Maskinverken AB"));
        given().get("/organisations/5560360793").then().statusCode(401);
        as(OPS).get("/organisations").then().statusCode(200).body("items.orgNumber", hasItem("5560360793"));
        as(OPS).body(employer("5560360793", "Again AB", "PRIVATE"))
                .post("/organisations")
                .then()
                .statusCode(409);
    }

    @Test
    void a_university_is_registered_with_the_bankgiro_its_invoices_are_paid_to() {
        as(OPS).body(university("2021003005", "Mellanstads högskola", "50501055"))
                .post("/organisations")
                .then()
                .statusCode(201)
                .body("bankgiro", equalTo("5050-1055"));
    }

    @Test
    void bad_organisations_are_refused_and_nothing_is_written() {
        Map<String, Map<String, Object>> cases = Map.of(
                "orgNumber", employer("5566778809", "Wrong check digit AB", "PRIVATE"),
                "orgNumber ", employer("8112289874", "A natural person", "PRIVATE"),
                "buyerType", withNull(employer("5560360793", "No buyer type AB", "PRIVATE"), "buyerType"),
                "bankgiro", withNull(university("2021003005", "No bankgiro", "5050-1055"), "bankgiro"),
                "bankgiro ", university("2021003005", "Bad bankgiro", "5050-1056"),
                "address.country",
                        with(
                                employer("5560360793", "Bad country AB", "PRIVATE"),
                                "address",
                                Map.of("street", "x", "postalCode", "1", "city", "y", "country", "Sweden")));
        long before = sql.count("select count(*) from organisation");

        cases.forEach((field, body) -> as(OPS).body(body)
                .post("/organisations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field.trim())));
        as(OPS).body(employer("8112289874", "A natural person", "PRIVATE"))
                .post("/organisations")
                .then()
                .body("detail", containsString("legal persons only"));

        assertThat(sql.count("select count(*) from organisation")).isEqualTo(before);
    }

    @Test
    void universities_find_organisations_by_name_or_number_and_employers_find_universities() {
        as(OPS).body(employer("5564445558", "Maskinverkstäderna AB", "PRIVATE")).post("/organisations");
        as(OPS).body(employer("5569999997", "Maskin_och 100% Test AB", "PRIVATE"))
                .post("/organisations")
                .then()
                .statusCode(201);
        String uni = TestTokens.university("2021001231");

        as(uni).queryParam("q", "maskinverkst")
                .get("/organisations")
                .then()
                .statusCode(200)
                .body("items.orgNumber", equalTo(List.of("5564445558")));
        as(uni).queryParam("q", "556444-55")
                .get("/organisations")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Maskinverkstäderna AB")));
        as(uni).queryParam("q", "100%")
                .get("/organisations")
                .then()
                .body("items.orgNumber", equalTo(List.of("5569999997")));
        as(uni).queryParam("q", "n_och")
                .get("/organisations")
                .then()
                .body("items.orgNumber", equalTo(List.of("5569999997")));
        as(uni).queryParam("kind", "UNIVERSITY")
                .queryParam("q", "maskin")
                .get("/organisations")
                .then()
                .body("items.size()", equalTo(0));
        as(uni).queryParam("kind", "BANK").get("/organisations").then().statusCode(400);
        // An employer finds the universities to send an inquiry to, and nothing but universities.
        as(TestTokens.employer("5566778808"))
                .queryParam("kind", "EMPLOYER")
                .queryParam("q", "maskin")
                .get("/organisations")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        as(TestTokens.finance("2021001231")).get("/organisations").then().statusCode(403);
    }

    @Test
    void an_operator_changes_an_organisations_details_but_not_its_number_or_kind() {
        as(OPS).body(employer("5562226406", "Gamla Namnet AB", "PRIVATE"))
                .post("/organisations")
                .then()
                .statusCode(201);
        Map<String, Object> renamed = employer("5562226406", "Nya Namnet AB", "MUNICIPALITY_OR_REGION");

        as(OPS).body(renamed)
                .put("/organisations/5562226406")
                .then()
                .statusCode(200)
                .body("name", equalTo("Nya Namnet AB"))
                .body("buyerType", equalTo("MUNICIPALITY_OR_REGION"));
        as(OPS).get("/organisations/5562226406").then().body("name", equalTo("Nya Namnet AB"));
        as(OPS).body(employer("5560360793", "Nya Namnet AB", "PRIVATE"))
                .put("/organisations/5562226406")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("orgNumber"));
        as(OPS).body(university("5562226406", "Nya Namnet AB", "5050-1055"))
                .put("/organisations/5562226406")
                .then()
                .statusCode(409);
        as(OPS).body(withNull(employer("5562226406", "Nya Namnet AB", "PRIVATE"), "buyerType"))
                .put("/organisations/5562226406")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("buyerType"));
        as(OPS).body(employer("5565087375", "Ingen AB", "PRIVATE"))
                .put("/organisations/5565087375")
                .then()
                .statusCode(404);
        as(TestTokens.university("2021001231"))
                .body(renamed)
                .put("/organisations/5562226406")
                .then()
                .statusCode(403);
        as(OPS).get("/organisations/5562226406")
                .then()
                .body("name", equalTo("Nya Namnet AB"))
                .body("buyerType", equalTo("MUNICIPALITY_OR_REGION"));
    }

    @Test
    void only_operators_register() {
        as(TestTokens.university("2021001231"))
                .body(employer("5560360793", "X AB", "PRIVATE"))
                .post("/organisations")
                .then()
                .statusCode(403);
        as(OPS).get("/organisations/0000000000").then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> withNull(Map<String, Object> body, String field) {
        body.remove(field);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
