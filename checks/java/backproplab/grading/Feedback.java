package backproplab.grading;

import backproplab.i18n.Language;
import backproplab.i18n.Messages;

/** The grader's words for students, in Spanish or English ({@code backproplab/grading/feedback*.properties}). */
public final class Feedback {

    private static final Messages TEXT = Messages.of("backproplab.grading.feedback");

    private Feedback() {
    }

    static String text(String key, Object... args) {
        return TEXT.get(key, args);
    }

    public static String text(Language language, String key, Object... args) {
        return TEXT.in(language, key, args);
    }
}
