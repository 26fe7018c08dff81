package backproplab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text for people, the engine's and the grader's, exists in every language the kit speaks
 * ({@link Language#values()}), with the same placeholders, each key once, taking exactly the
 * arguments its callers pass.
 */
class BundleChecks {

    /** Property files that are not texts for people. */
    static final java.util.Set<String> NOT_BUNDLES = java.util.Set.of("archunit.properties", "languages.properties",
            "junit-platform.properties");

    static Stream<Path> englishBundles() throws IOException {
        List<Path> bundles = new java.util.ArrayList<>();
        for (String root : List.of("src/main/resources", "checks/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(p -> p.toString().endsWith(".properties"))
                        .filter(p -> !p.getFileName().toString().contains("_"))
                        .filter(p -> !NOT_BUNDLES.contains(p.getFileName().toString()))
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

    /** The twins of an English bundle in the kit's other languages. */
    private static List<Path> twins(Path english) {
        return Language.values().stream().filter(language -> language != Language.ENGLISH)
                .map(language -> english.resolveSibling(english.getFileName().toString()
                        .replace(".properties", "_" + language.code() + ".properties")))
                .toList();
    }

    @Test
    void there_are_bundles_to_check() throws IOException {
        assertThat(englishBundles()).isNotEmpty();
    }

    // bundle B in English ⇒ B in every other language the kit speaks, with the same keys
    @ParameterizedTest(name = "{0}")
    @MethodSource("englishBundles")
    void every_english_bundle_has_a_twin_in_every_language_with_the_same_keys(Path english) throws IOException {
        for (Path twin : twins(english)) {
            assertThat(twin).exists();
            assertThat(load(twin).stringPropertyNames()).as(twin.toString())
                    .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
        }
    }

    // placeholders(B, k) in English = placeholders(B, k) in every other language
    @ParameterizedTest(name = "{0}")
    @MethodSource("englishBundles")
    void every_language_uses_the_same_placeholders(Path english) throws IOException {
        Properties en = load(english);
        Pattern placeholder = Pattern.compile("%(\\d+\\$)?[sd]");
        for (Path twin : twins(english)) {
            Properties other = load(twin);
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(placeholder, other.getProperty(key)))
                        .as("placeholders of %s in %s", key, twin)
                        .isEqualTo(placeholders(placeholder, en.getProperty(key)));
            }
        }
    }

    private static List<String> placeholders(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(m -> m.group()).sorted().distinct().collect(Collectors.toList());
    }

    /** The keys of a .properties file, in the order they are defined, repeats included. */
    static List<String> keys(Path file) throws IOException {
        List<String> keys = new java.util.ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            boolean wasContinued = continued;
            continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
            if (wasContinued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            Matcher key = Pattern.compile("^((?:[^=:\\s\\\\]|\\\\.)+)").matcher(trimmed);
            if (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    // key k is defined at most once in each bundle (a second definition silently wins, as ex7.neuron once did)
    @ParameterizedTest(name = "{0}")
    @MethodSource("englishBundles")
    void no_key_is_defined_twice(Path english) throws IOException {
        List<Path> bundles = new java.util.ArrayList<>(twins(english));
        bundles.add(0, english);
        for (Path bundle : bundles) {
            List<String> keys = keys(bundle);
            assertThat(keys).as("keys defined twice in %s", bundle).doesNotHaveDuplicates();
        }
    }

    /**
     * Every call in the sources that names a message by a literal key, {@code Feedback.text("key", a, b)},
     * {@code TEXT.get(…)}, {@code WORDS.in(language, …)} and the like, with the number of arguments
     * after the key.
     */
    record Call(Path file, String key, int arguments) {
    }

    static List<Call> calls() throws IOException {
        List<Call> calls = new java.util.ArrayList<>();
        Pattern start = Pattern.compile("\\b(?:TEXT|WORDS|MESSAGES|COMPILER|Connection\\.TEXT|Laws\\.WORDS)\\.(?:get|in)\\("
                + "(?:language, |Language\\.\\w+, )?\"([\\w.]+)\"|\\bFeedback\\.text\\((?:language, |Language\\.\\w+, )?\"([\\w.]+)\"");
        for (String root : List.of("src/main/java", "checks/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher call = start.matcher(source);
                    while (call.find()) {
                        calls.add(new Call(file, call.group(1) != null ? call.group(1) : call.group(2), arguments(source, call.end())));
                    }
                }
            }
        }
        return calls;
    }

    /** How many arguments follow, at {@code from}, until the call's closing parenthesis. */
    private static int arguments(String source, int from) {
        int depth = 0;
        int count = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < source.length() && source.charAt(i) != c; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return count;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        return count;
    }

    /** The number of arguments a template takes: its largest %n$ index, or its number of plain %s. */
    static int arity(String template) {
        int arity = 0;
        Matcher placeholder = Pattern.compile("%(?:(\\d+)\\$)?[sdf]").matcher(template);
        int plain = 0;
        while (placeholder.find()) {
            arity = placeholder.group(1) == null ? Math.max(arity, ++plain) : Math.max(arity, Integer.parseInt(placeholder.group(1)));
        }
        return arity;
    }

    // for every call text("k", a₁ … aₙ) in the sources: the template k takes exactly n arguments, in both languages
    @Test
    void every_template_takes_the_arguments_its_callers_pass() throws IOException {
        Map<String, java.util.Set<Integer>> arities = new java.util.HashMap<>();
        for (Path english : englishBundles().toList()) {
            List<Path> bundles = new java.util.ArrayList<>(twins(english));
            bundles.add(0, english);
            for (Path bundle : bundles) {
                Properties properties = load(bundle);
                for (String key : properties.stringPropertyNames()) {
                    arities.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(arity(properties.getProperty(key)));
                }
            }
        }
        List<Call> calls = calls();
        assertThat(calls).as("calls found").hasSizeGreaterThan(100);
        for (Call call : calls) {
            if (arities.containsKey(call.key())) {
                assertThat(arities.get(call.key())).as("%s passes %d argument(s) to '%s'", call.file(), call.arguments(), call.key())
                        .containsOnly(call.arguments());
            }
        }
    }

    @Test
    void a_language_is_named_by_its_code_or_its_name_in_either_language() {
        assertThat(Language.parse("es")).isEqualTo(Language.SPANISH);
        assertThat(Language.parse("English")).isEqualTo(Language.ENGLISH);
        assertThat(Language.parse(" ESPAÑOL ")).isEqualTo(Language.SPANISH);
        assertThat(Language.parse("inglés")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void an_unknown_language_is_refused_in_both_languages() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Language.parse("fr"))
                .hasMessage("unknown language 'fr'; use es or en / idioma desconocido 'fr'; usa es o en.");
    }
}
