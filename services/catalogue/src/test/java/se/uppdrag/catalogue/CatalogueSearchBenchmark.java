package se.uppdrag.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;

/**
 * Figures for the closing note, not a test: {@code ./mvnw verify -pl services/catalogue -am -Pbenchmark}. Seeds
 * -Dbenchmark.occasions (default 100 000) occasions of 5 000 courses from 13 universities straight into the database,
 * then times {@code GET /occasions} searches through HTTP, one client after the other, each kind of search on its own:
 * median, p95 and p99 of -Dbenchmark.requests (default 400) requests after a warm-up.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(CatalogueSearchBenchmark.AsConfiguredForUsers.class)
class CatalogueSearchBenchmark {

    /** The count limit users get (the tests lower it to see both answers). */
    public static class AsConfiguredForUsers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("uppdrag.catalogue.search.count-limit", "1000");
        }
    }

    private static final int COURSES = 5000;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/occasions")
    URI occasions;

    @Test
    void search_latency_over_a_national_catalogue() throws Exception {
        int count = Integer.getInteger("benchmark.occasions", 100_000);
        int requests = Integer.getInteger("benchmark.requests", 400);
        long seeding = System.nanoTime();
        seed(count);
        System.out.printf(
                Locale.ROOT,
                "%nseeded %d occasions of %d courses in %.1f s%n",
                count,
                COURSES,
                (System.nanoTime() - seeding) / 1e9);

        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("everything, first page", "");
        searches.put("everything, page 200", "page=200");
        searches.put("common word (data)", "q=data");
        searches.put("rare prefix (quant)", "q=quant");
        searches.put("two words (machine learn)", "q=machine%20learn");
        searches.put("subject", "subject=Computer%20science");
        searches.put("university + dates", "university=2021000005&from=2027-03-01&to=2027-06-30");
        searches.put("language + mode", "language=en&mode=ONLINE");
        searches.put("word + subject + from", "q=data&subject=Computer%20science&from=2027-09-01");
        searches.put("one course (code B4711)", "q=B4711");
        searches.put("nothing matches", "q=zzzyx");

        HttpClient http = HttpClient.newHttpClient();
        System.out.printf(
                Locale.ROOT,
                "%-28s %8s %8s %8s %8s %8s%n",
                "GET /occasions?…",
                "total",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms");
        // Every kind of search a few hundred times first, so the first one measured meets a JIT as warm as the last.
        for (int round = 0; round < 300; round++) {
            for (String query : searches.values()) {
                HttpResponse<String> warm = http.send(
                        HttpRequest.newBuilder(URI.create(occasions + "?" + query))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(warm.statusCode()).as(query).isEqualTo(200);
            }
        }
        for (Map.Entry<String, String> search : searches.entrySet()) {
            URI uri = URI.create(occasions + "?" + search.getValue());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Accept", "application/json")
                    .build();
            String total = http.send(request, HttpResponse.BodyHandlers.ofString())
                    .body()
                    .replaceAll("(?s).*\"total\":(\\d+).*", "$1");
            double[] millis = new double[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.ofString());
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %8s %8.2f %8.2f %8.2f %8.2f%n",
                    search.getKey(),
                    total,
                    percentile(millis, 50),
                    percentile(millis, 95),
                    percentile(millis, 99),
                    millis[millis.length - 1]);
        }
    }

    private void seed(int count) throws Exception {
        String words = "'{data,machine,learning,quantum,industrial,digital,sustainable,energy,materials,welding,"
                + "automation,robotics,logistics,leadership,project,management,statistics,analytics,security,cloud,"
                + "software,testing,battery,hydrogen,circular,design,production,quality,safety,electrical}'";
        String subjects = "'{Computer science,Mechanical engineering,Electrical engineering,Chemistry,Physics,"
                + "Mathematics,Business administration,Logistics,Energy technology,Materials science,Industrial economics,"
                + "Environmental science,Automation,Construction,Health sciences,Pedagogy,Law,Statistics,Design,"
                + "Quality management}'";
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("""
                    insert into course (id, university, code, title, description, credits, cycle, subject, language,
                                        created_at, updated_at, row_version)
                    select gen_random_uuid(), '20210' || lpad((i %% 13)::text, 5, '0'), 'B' || i,
                           initcap(w[1 + i %% 30] || ' ' || w[1 + (i / 30) %% 30] || ' ' || w[1 + (i / 900) %% 30]),
                           'A course on ' || w[1 + (i * 7) %% 30] || ' and ' || w[1 + (i * 11) %% 30] || ' for industry.',
                           7.5, 'FIRST', s[1 + i %% 20], case when i %% 3 = 0 then 'en' else 'sv' end, now(), now(), 0
                    from generate_series(1, %d) i, (select %s::text[] w, %s::text[] s) a
                    """.formatted(COURSES, words, subjects));
            s.execute("""
                    insert into occasion (id, course_id, university, start_date, end_date, pace, delivery_mode, location,
                                          seats, order_deadline, list_price, status, created_at, updated_at, row_version)
                    select gen_random_uuid(), c.id, c.university, d, d + 60, 50,
                           (array['CAMPUS','ONLINE','HYBRID'])[1 + n %% 3], 'Kustby', 30, d - 14, 18000.00,
                           case when n %% 20 = 0 then 'WITHDRAWN' else 'PUBLISHED' end, now(), now(), 0
                    from (select c.*, row_number() over (order by c.code) r from course c where c.code like 'B%%') c,
                         generate_series(1, %d) n,
                         lateral (select date '2027-01-04' + ((c.r * 37 + n * 101) %% 900)::int d) dd
                    """.formatted((count + COURSES - 1) / COURSES));
            // Vacuumed as autovacuum keeps a table read far more than written, so index-only scans stay index-only.
            s.execute("vacuum analyze course");
            s.execute("vacuum analyze occasion");
        }
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
