package backproplab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * How the language in effect is chosen: {@link Language#during} first, then the property
 * {@value Language#PROPERTY}, then the JVM's locale. These checks change the JVM's locale and
 * properties, so they run alone.
 */
@Isolated
class LanguageChoiceChecks {

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
            restore(property, locale);
        }
    }

    @Test
    void a_language_chosen_during_some_work_wins_there_and_on_its_threads_only() throws InterruptedException {
        String property = System.getProperty(Language.PROPERTY);
        Locale locale = Locale.getDefault();
        try {
            System.setProperty(Language.PROPERTY, "es");
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            AtomicReference<Language> started = new AtomicReference<>();
            Language inside = Language.during(Language.ENGLISH, () -> {
                Thread thread = new Thread(() -> started.set(Language.current()));
                thread.start();
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return Language.current();
            });
            assertThat(inside).as("during wins over the property and the locale").isEqualTo(Language.ENGLISH);
            assertThat(started.get()).as("a thread started during the work").isEqualTo(Language.ENGLISH);
            assertThat(Language.current()).as("after the work").isEqualTo(Language.SPANISH);

            AtomicReference<Language> beside = new AtomicReference<>();
            Thread other = new Thread(() -> beside.set(Language.current()));
            Language.during(Language.ENGLISH, () -> {
                other.start();
                return null;
            });
            other.join();
            assertThat(beside.get()).as("a thread made before the work (another check's) keeps its own language")
                    .isEqualTo(Language.SPANISH);
        } finally {
            restore(property, locale);
        }
    }

    private static void restore(String property, Locale locale) {
        Locale.setDefault(locale);
        if (property == null) {
            System.clearProperty(Language.PROPERTY);
        } else {
            System.setProperty(Language.PROPERTY, property);
        }
    }
}
