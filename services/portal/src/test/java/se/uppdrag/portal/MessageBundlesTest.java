package se.uppdrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.uppdrag.portal.web.AgreementMessages;
import se.uppdrag.portal.web.CatalogueMessages;
import se.uppdrag.portal.web.FinanceMessages;
import se.uppdrag.portal.web.Messages;
import se.uppdrag.portal.web.OperatorMessages;

/**
 * Every text is there in Swedish and English with the same placeholders, and each bundle's interface declares exactly
 * the texts its files hold. A bundle stays under 300 messages: Qute 3.x generates a resolver that fails bytecode
 * verification at 300 and more.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)");

    static Map<String, Class<?>> bundles() {
        return Map.of(
                "msg",
                Messages.class,
                "cat",
                CatalogueMessages.class,
                "agr",
                AgreementMessages.class,
                "fin",
                FinanceMessages.class,
                "ops",
                OperatorMessages.class);
    }

    static Set<String> names() {
        return bundles().keySet();
    }

    @ParameterizedTest
    @MethodSource("names")
    void swedish_and_english_hold_the_same_texts_with_the_same_placeholders(String bundle) throws IOException {
        Properties sv = load(bundle + "_sv");
        Properties en = load(bundle + "_en");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(sv.stringPropertyNames());
        for (String key : sv.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key)))
                    .as("%s.%s", bundle, key)
                    .isEqualTo(placeholders(sv.getProperty(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void the_interface_declares_exactly_the_texts_and_stays_under_qutes_limit(String bundle) throws IOException {
        Set<String> keys = load(bundle + "_sv").stringPropertyNames();
        Set<String> methods = Arrays.stream(bundles().get(bundle).getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(methods).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(keys).hasSizeLessThan(300);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
