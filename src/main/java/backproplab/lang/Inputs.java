package backproplab.lang;

import backproplab.graph.Leaf;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/** Where a program's inputs get their values: the leaf for each name used before it is assigned. */
@FunctionalInterface
public interface Inputs {

    /** The leaf for input {@code name}, or null if it has no value (the program then fails, saying where). */
    Leaf leaf(String name);

    /** How a user gives {@code name} a value, for the message when it has none: {@code x=1.5}. */
    default String example(String name) {
        return name + "=1.5";
    }

    /**
     * Inputs with the given values; each becomes a leaf that requires grad. Names match in their
     * {@linkplain #canonical canonical form}, however each side spelled its accents.
     */
    static Inputs of(Map<String, Double> values) {
        Map<String, Double> byName = new HashMap<>();
        values.forEach((name, value) -> byName.put(canonical(name), value));
        return name -> byName.containsKey(name) ? Leaf.of(name, byName.get(name)) : null;
    }

    /**
     * A name as the language holds it: Unicode's composed form (NFC), so that {@code é} typed as one
     * character and as {@code e} + U+0301 (as some keyboards, PDFs and file systems write it) are
     * the same name.
     */
    static String canonical(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** Inputs without values (NaN), to read a program for its structure or its symbolic derivatives. */
    static Inputs unknown() {
        return name -> Leaf.of(name, Double.NaN);
    }
}
