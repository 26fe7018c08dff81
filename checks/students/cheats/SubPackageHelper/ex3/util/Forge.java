package ex3.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The helper where the cheat hides its file access. */
public final class Forge {

    private Forge() {
    }

    public static void grade() {
        try {
            Files.writeString(Path.of("target", "grade", "forged.json"), "{\"score\": 100}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
