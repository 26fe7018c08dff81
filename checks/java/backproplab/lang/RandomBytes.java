package backproplab.lang;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Hostile input: byte strings drawn uniformly, or noise made of the language's own pieces, and the text a command line receives. */
public final class RandomBytes {

    /** Pieces of programs, each a few bytes: what noise needs to get past the lexer and deep into the parser. */
    static final List<String> PIECES = List.of("a", "b", "𝑥", "_", "1", "0.5", ".", "e", "1e999", "inf", "nan", "+", "-",
            "*", "**", "/", "^", "(", ")", ",", ";", "=", " ", "\n", "\t", "#", "sin", "pow", "torch", "torch.");

    private RandomBytes() {
    }

    /** Up to {@code maxLength} bytes, each of the 256 values equally likely, shown in hex; they shrink towards fewer zero bytes. */
    public static Gen<byte[]> upTo(int maxLength) {
        return Generate.byteArrays(integers().between(0, maxLength), anyByte()).describedAs(RandomBytes::hex);
    }

    /**
     * Up to {@code maxPieces} pieces of programs ({@link #PIECES}), 39 in 40, or single random bytes,
     * 1 in 40, in UTF-8: noise that reads far more often than uniform bytes do, so it reaches the
     * parser, the ends of the input and the messages about tokens.
     */
    public static Gen<byte[]> programLike(int maxPieces) {
        Gen<byte[]> piece = Generate.frequency(
                Pair.of(39, Generate.pick(PIECES).map(text -> text.getBytes(StandardCharsets.UTF_8))),
                Pair.of(1, anyByte().map(b -> new byte[] {b})));
        return lists().of(piece).ofSizeBetween(0, maxPieces).map(RandomBytes::concatenate).describedAs(RandomBytes::hex);
    }

    /**
     * The text a command line receives for {@code bytes}: decoded as UTF-8, a malformed sequence
     * becoming U+FFFD as the JVM decodes it, and without the NUL characters an argument cannot hold.
     */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\0", "");
    }

    private static Gen<Byte> anyByte() {
        return Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
    }

    private static byte[] concatenate(List<byte[]> pieces) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pieces.forEach(bytes::writeBytes);
        return bytes.toByteArray();
    }

    /** How a counterexample is shown: its bytes in hex, {@code bytes 612a}. */
    public static String hex(byte[] bytes) {
        return "bytes " + HexFormat.of().formatHex(bytes);
    }
}
