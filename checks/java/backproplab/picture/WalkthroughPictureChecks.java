package backproplab.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backproplab.i18n.Language;
import backproplab.notebook.Walkthrough;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures the notebook walkthrough writes, named as the notebook's program names its values,
 * and the one the README shows, which must be what the walkthrough writes today.
 */
class WalkthroughPictureChecks {

    /** The README's picture: the walkthrough's z.svg in English, committed so that the README can show it. */
    static final Path README_PICTURE = Path.of("src/site/z.svg");

    static Path walkthrough(Language language, Path folder) {
        Walkthrough.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), folder, language);
        return folder;
    }

    static SvgDocument picture(Path folder, String name) throws IOException {
        return SvgDocument.parse(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
    }

    @Nested
    class Program_names {

        // w = a·u with u = v + b: the boxes are a, b, v, u, w, as the notebook names them
        @Test
        void the_first_cell_is_drawn_with_its_names(@TempDir Path folder) throws IOException {
            assertThat(GraphPictureChecks.boxes(picture(walkthrough(Language.ENGLISH, folder), "w.svg")).keySet())
                    .containsExactlyInAnyOrder("a", "b", "v", "u (+)", "w (*)");
        }

        // y = sin(a·v) + eᵇ, z = y²: y and z named, the unnamed steps by their operation
        @Test
        void the_non_linear_cell_is_drawn_with_its_names(@TempDir Path folder) throws IOException {
            assertThat(GraphPictureChecks.boxes(picture(walkthrough(Language.ENGLISH, folder), "z.svg")).keySet())
                    .containsExactlyInAnyOrder("a", "b", "v", "*", "sin", "exp", "y (+)", "z (** 2)");
        }

        // f = ln(g² + 1), g = tanh(h), h = 3x − 1: every step of the path named as in the text
        @Test
        void the_composed_example_is_drawn_with_its_names(@TempDir Path folder) throws IOException {
            assertThat(GraphPictureChecks.boxes(picture(walkthrough(Language.ENGLISH, folder), "f.svg")).keySet())
                    .containsExactlyInAnyOrder("x", "m (*)", "h (-)", "g (tanh)", "q (** 2)", "r (+)", "f (log)", "3", "1");
        }
    }

    @Nested
    class Languages {

        // the walkthrough's language is the pictures' language
        @Test
        void the_pictures_speak_the_walkthrough_language(@TempDir Path folder) throws IOException {
            assertThat(picture(walkthrough(Language.SPANISH, folder.resolve("es")), "w.svg").visibleTexts())
                    .contains("valor = 8", "gradiente = 1").doesNotContain("value = 8");
            assertThat(picture(walkthrough(Language.ENGLISH, folder.resolve("en")), "w.svg").visibleTexts())
                    .contains("value = 8", "gradient = 1").doesNotContain("valor = 8");
        }
    }

    @Nested
    class Readme {

        // src/site/z.svg = the walkthrough's z.svg today, byte for byte
        @Test
        void the_readme_picture_is_what_the_walkthrough_writes(@TempDir Path folder) throws IOException {
            String written = Files.readString(walkthrough(Language.ENGLISH, folder).resolve("z.svg"), StandardCharsets.UTF_8);
            assertThat(Files.readString(README_PICTURE, StandardCharsets.UTF_8))
                    .as("%s is out of date; refresh it with: mvn -q compile exec:java -Dbackprop.lang=en && cp target/notebook/z.svg %s",
                            README_PICTURE, README_PICTURE)
                    .isEqualTo(written);
        }

        // the README shows that picture
        @Test
        void the_readme_shows_the_picture() throws IOException {
            assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)).contains("](" + README_PICTURE + ")");
        }
    }

    @Nested
    class Writing {

        // write creates the folders it needs and the file holds the picture
        @Test
        void a_picture_is_written_with_its_folders(@TempDir Path folder) throws IOException {
            Path file = Pictures.write(folder.resolve("a/b/loss.svg"), "<svg/>", Language.ENGLISH);
            assertThat(Files.readString(file)).isEqualTo("<svg/>");
        }

        // a folder that cannot be made is named in the error, with the fix, in the language asked
        @Test
        void an_unwritable_place_is_named_in_the_error(@TempDir Path folder) throws IOException {
            Path notAFolder = Files.writeString(folder.resolve("file"), "x");
            Path file = notAFolder.resolve("loss.svg");
            assertThatThrownBy(() -> Pictures.write(file, "<svg/>", Language.SPANISH))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("no se puede escribir el dibujo " + file + ": FileAlreadyExistsException: ")
                    .hasMessageEndingWith(". Elige una carpeta en la que puedas escribir.");
        }
    }
}
