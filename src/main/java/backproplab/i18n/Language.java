package backproplab.i18n;

import java.util.Locale;

/**
 * The language of everything a person reads at run time: the notebook walkthrough, error messages,
 * grading feedback. Spanish or English.
 *
 * <p>Chosen, in this order, by the system property {@code backprop.lang} ({@code es} or
 * {@code en}; set by {@code --lang} on the command line or {@code -Dbackprop.lang=es}), then by
 * the JVM's default locale: Spanish when its language is Spanish, English otherwise.
 */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    SPANISH(Locale.forLanguageTag("es"));

    /** The system property that overrides the JVM locale. */
    public static final String PROPERTY = "backprop.lang";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The two-letter code, {@code en} or {@code es}. */
    public String code() {
        return locale.getLanguage();
    }

    /** The language in effect now. */
    public static Language current() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return parse(chosen);
        }
        return "es".equals(Locale.getDefault().getLanguage()) ? SPANISH : ENGLISH;
    }

    /**
     * {@code es}/{@code spanish}/{@code español} or {@code en}/{@code english}/{@code inglés}, in any case.
     *
     * @throws IllegalArgumentException for anything else, with a bilingual message
     */
    public static Language parse(String code) {
        switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "es": case "spa": case "spanish": case "español": case "espanol":
                return SPANISH;
            case "en": case "eng": case "english": case "inglés": case "ingles":
                return ENGLISH;
            default:
                throw new IllegalArgumentException("unknown language '" + code
                        + "'; use es or en / idioma desconocido '" + code + "'; usa es o en.");
        }
    }
}
