package backproplab.picture;

import backproplab.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing a picture to a file. */
public final class Pictures {

    private Pictures() {
    }

    /**
     * Writes {@code svg} to {@code file} in UTF-8, creating the folders it needs and replacing
     * the file if it exists; returns {@code file}.
     *
     * @throws UncheckedIOException if the file cannot be written, with a message in {@code language}
     *     that names the file and the reason
     */
    public static Path write(Path file, String svg, Language language) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, svg, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            // the message of a java.nio exception is often only the path: its kind says what went wrong
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new UncheckedIOException(GraphContent.TEXT.in(language, "picture.cannotWrite", file, reason), e);
        }
    }
}
