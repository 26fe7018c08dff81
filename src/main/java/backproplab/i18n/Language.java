package backproplab.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The language of everything a person reads at run time: the notebook walkthrough, error messages,
 * grading feedback. The kit speaks the languages listed in {@code languages.properties} (Spanish and
 * English); a new one takes bundles only, and a line there.
 *
 * <p>Chosen, in this order, by {@link #during} (the command line's {@code --lang}: it holds for the
 * thread that runs the command and the threads it starts), by the system property
 * {@code backprop.lang} ({@code -Dbackprop.lang=es}), by the JVM's default locale when the kit speaks
 * its language, and English otherwise.
 */
public final class Language {

    /** The system property that overrides the JVM locale. */
    public static final String PROPERTY = "backprop.lang";

    private static final Map<String, Language> BY_NAME = new LinkedHashMap<>();
    private static final InheritableThreadLocal<Language> CHOSEN = new InheritableThreadLocal<>();
    private static final List<Language> ALL = new ArrayList<>();

    static {
        Properties listed = new Properties();
        try (InputStream in = Language.class.getResourceAsStream("languages.properties")) {
            listed.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> codes = new ArrayList<>(listed.stringPropertyNames());
        codes.sort(null);
        for (String code : codes) {
            Language language = new Language(Locale.forLanguageTag(code));
            ALL.add(language);
            for (String name : listed.getProperty(code).split(",")) {
                BY_NAME.put(name.trim().toLowerCase(Locale.ROOT), language);
            }
        }
    }

    public static final Language ENGLISH = parse("en");
    public static final Language SPANISH = parse("es");

    private final Locale locale;

    private Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The two-letter code, {@code en} or {@code es}. */
    public String code() {
        return locale.getLanguage();
    }

    /** Every language the kit speaks. */
    public static List<Language> values() {
        return List.copyOf(ALL);
    }

    /**
     * Runs {@code work} in {@code language}, on this thread and the threads it starts, whatever the
     * property and the locale say: a choice that is no one else's business, unlike a system property.
     */
    public static <T> T during(Language language, java.util.function.Supplier<T> work) {
        Language previous = CHOSEN.get();
        CHOSEN.set(language);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CHOSEN.remove();
            } else {
                CHOSEN.set(previous);
            }
        }
    }

    /** The language in effect now. */
    public static Language current() {
        Language during = CHOSEN.get();
        if (during != null) {
            return during;
        }
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return parse(chosen);
        }
        Language local = BY_NAME.get(Locale.getDefault().getLanguage());
        return local == null ? ENGLISH : local;
    }

    /**
     * A language by its code or one of its names, in any case: {@code es}, {@code spanish},
     * {@code español}, {@code en}, {@code inglés}, ….
     *
     * @throws IllegalArgumentException for anything else, with a bilingual message
     */
    public static Language parse(String code) {
        Language language = BY_NAME.get(code.trim().toLowerCase(Locale.ROOT));
        if (language == null) {
            List<String> codes = new ArrayList<>();
            ALL.stream().map(Language::code).sorted(java.util.Comparator.reverseOrder()).forEach(codes::add);
            String last = codes.remove(codes.size() - 1);
            String listed = String.join(", ", codes);
            throw new IllegalArgumentException("unknown language '" + code + "'; use " + listed + " or " + last
                    + " / idioma desconocido '" + code + "'; usa " + listed + " o " + last + ".");
        }
        return language;
    }

    @Override
    public String toString() {
        return code();
    }
}
