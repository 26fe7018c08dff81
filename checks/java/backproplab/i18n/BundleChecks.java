package backproplab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text for people, the engine's and the grader's, exists in English and in Spanish, with the same placeholders. */
class BundleChecks {

    static Stream<Path> englishBundles() throws IOException {
        List<Path> bundles = new java.util.ArrayList<>();
        for (String root : List.of("src/main/resources", "checks/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(p -> p.toString().endsWith(".properties"))
                        .filter(p -> !p.getFileName().toString().contains("_"))
                        .sorted().forEach(bundles::add);
            }
        }
        return bundles.stream();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path spanish(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_es.properties"));
    }

    @Test
    void there_are_bundles_to_check() throws IOException {
        assertThat(englishBundles()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishBundles")
    void every_english_bundle_has_a_spanish_twin_with_the_same_keys(Path english) throws IOException {
        assertThat(spanish(english)).exists();
        assertThat(load(spanish(english)).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishBundles")
    void both_languages_use_the_same_placeholders(Path english) throws IOException {
        Properties en = load(english);
        Properties es = load(spanish(english));
        Pattern placeholder = Pattern.compile("%(\\d+\\$)?[sd]");
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(placeholder, es.getProperty(key)))
                    .as("placeholders of %s in %s", key, english)
                    .isEqualTo(placeholders(placeholder, en.getProperty(key)));
        }
    }

    private static List<String> placeholders(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(m -> m.group()).sorted().distinct().collect(Collectors.toList());
    }

    @Test
    void a_language_is_named_by_its_code_or_its_name_in_either_language() {
        assertThat(Language.parse("es")).isEqualTo(Language.SPANISH);
        assertThat(Language.parse("English")).isEqualTo(Language.ENGLISH);
        assertThat(Language.parse(" ESPAÑOL ")).isEqualTo(Language.SPANISH);
        assertThat(Language.parse("inglés")).isEqualTo(Language.ENGLISH);
    }

    // current() = the property if set, else Spanish exactly when the JVM's locale is Spanish
    @Test
    void the_language_comes_from_the_property_then_the_locale() {
        String property = System.getProperty(Language.PROPERTY);
        Locale locale = Locale.getDefault();
        try {
            System.clearProperty(Language.PROPERTY);
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            assertThat(Language.current()).isEqualTo(Language.SPANISH);
            Locale.setDefault(Locale.FRANCE);
            assertThat(Language.current()).isEqualTo(Language.ENGLISH);
            System.setProperty(Language.PROPERTY, "es");
            assertThat(Language.current()).as("the property wins over a French locale").isEqualTo(Language.SPANISH);
            Locale.setDefault(Locale.forLanguageTag("es-ES"));
            System.setProperty(Language.PROPERTY, "en");
            assertThat(Language.current()).as("the property wins over a Spanish locale").isEqualTo(Language.ENGLISH);
        } finally {
            Locale.setDefault(locale);
            if (property == null) {
                System.clearProperty(Language.PROPERTY);
            } else {
                System.setProperty(Language.PROPERTY, property);
            }
        }
    }

    @Test
    void an_unknown_language_is_refused_in_both_languages() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Language.parse("fr"))
                .hasMessage("unknown language 'fr'; use es or en / idioma desconocido 'fr'; usa es o en.");
    }
}
