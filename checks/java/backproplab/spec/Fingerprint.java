package backproplab.spec;

import backproplab.graph.Leaf;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.quicktheories.QuickTheory;

/**
 * The bits of every value and gradient of a run of generated graphs, as one SHA-256 digest: equal
 * digests mean bit-identical results. Run as a program ({@code main}) to compute it in a separate
 * JVM, where every node gets other serial numbers and other identity hash codes.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The digest of {@code examples} graphs generated from {@code seed}. */
    public static String of(long seed, int examples) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer bits = ByteBuffer.allocate(Long.BYTES);
        QuickTheory.qt().withFixedSeed(seed).withExamples(examples).forAll(RandomGraphs.graphs()).checkAssert(graph -> {
            Gradients gradients = ReverseMode.gradients(graph.output());
            digest.update(bits.clear().putLong(Double.doubleToRawLongBits(graph.output().value())).array());
            for (Leaf x : graph.inputs()) {
                digest.update(bits.clear().putLong(Double.doubleToRawLongBits(gradients.of(x))).array());
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Prints the digest for the seed and the number of examples given as arguments. */
    public static void main(String[] args) {
        System.out.println(of(Long.parseLong(args[0]), Integer.parseInt(args[1])));
    }
}
