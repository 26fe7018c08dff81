package backproplab.notebook;

import static backproplab.torch.Torch.REQUIRES_GRAD;
import static backproplab.torch.Torch.exp;
import static backproplab.torch.Torch.log;
import static backproplab.torch.Torch.sin;
import static backproplab.torch.Torch.tanh;
import static backproplab.torch.Torch.tensor;

import backproplab.graph.Node;
import backproplab.graphviz.Dot;
import backproplab.i18n.Language;
import backproplab.picture.GraphPicture;
import backproplab.picture.Names;
import backproplab.picture.Pictures;
import backproplab.reverse.ChainRuleStep;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import backproplab.torch.Tensor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course notebook replayed cell by cell: each PyTorch line next to its Java counterpart, and
 * the values and gradients it gives. This is the project's main job ({@code backprop} with no
 * arguments). It also writes a picture of each graph, as SVG (open it in a browser) and as
 * Graphviz DOT (an export for those who have Graphviz), with the nodes named as in the program.
 */
public final class Walkthrough {

    /** What the walkthrough printed: every number under its key, and the pictures it wrote (SVG, then DOT, per graph). */
    public record Result(Map<String, Double> numbers, List<Path> pictures) {
    }

    private final Transcript t;
    private final Path pictureDirectory;
    private final List<Path> pictures = new ArrayList<>();

    private Walkthrough(PrintStream out, Path pictureDirectory, Language language) {
        this.t = new Transcript(out, language);
        this.pictureDirectory = pictureDirectory;
    }

    /** Replays the notebook on {@code out} in {@code language}, writing pictures under {@code pictureDirectory}. */
    public static Result run(PrintStream out, Path pictureDirectory, Language language) {
        Walkthrough walkthrough = new Walkthrough(out, pictureDirectory, language);
        walkthrough.replay();
        return new Result(walkthrough.t.numbers(), List.copyOf(walkthrough.pictures));
    }

    private void replay() {
        t.paragraph("title");
        t.paragraph("intro");

        t.section("leaves.title");
        t.paragraph("leaves.text");
        t.code("a = torch.tensor(2.0, requires_grad=True)", "Tensor a = tensor(\"a\", 2.0, REQUIRES_GRAD);");
        t.code("b = torch.tensor(1.0, requires_grad=True)", "Tensor b = tensor(\"b\", 1.0, REQUIRES_GRAD);");
        t.code("v = torch.tensor(3.0, requires_grad=True)", "Tensor v = tensor(\"v\", 3.0, REQUIRES_GRAD);");
        Tensor a = tensor("a", 2.0, REQUIRES_GRAD);
        Tensor b = tensor("b", 1.0, REQUIRES_GRAD);
        Tensor v = tensor("v", 3.0, REQUIRES_GRAD);
        t.number("a", "a", a.item());
        t.number("b", "b", b.item());
        t.number("v", "v", v.item());

        t.section("compose.title");
        t.paragraph("compose.text");
        t.code("u = v + b", "Tensor u = v.add(b);");
        t.code("w = a * u", "Tensor w = a.mul(u);");
        Tensor u = v.add(b);
        Tensor w = a.mul(u);
        t.number("u", "u", u.item());
        t.number("w", "w", w.item());
        t.output("w.grad_fn = " + w.gradFn() + "   (" + t.text("compose.gradFn") + ")");

        t.section("backward.title");
        t.paragraph("backward.text");
        t.code("w.backward(retain_graph=True)", "w.backward();");
        w.backward();
        t.code("a.grad, v.grad, b.grad", "a.grad(), v.grad(), b.grad()");
        t.number("w.backward1.a.grad", "a.grad", a.grad());
        t.number("w.backward1.v.grad", "v.grad", v.grad());
        t.number("w.backward1.b.grad", "b.grad", b.grad());
        t.paragraph("backward.chainRule");
        Map<Node, String> names = Map.of(a.node(), "a", b.node(), "b", v.node(), "v", u.node(), "u", w.node(), "w");
        explain(w.node(), names, "w.path.");
        t.code("u.grad", "u.grad()");
        t.output("u.grad = " + (u.grad() == null ? "None" : u.grad()) + "   (" + t.text("backward.nonLeaf") + ")");
        picture("w", w.node(), names);

        t.section("accumulate.title");
        t.paragraph("accumulate.text");
        t.code("w.backward()", "w.backward();");
        w.backward();
        t.number("w.backward2.a.grad", "a.grad", a.grad());
        t.number("w.backward2.v.grad", "v.grad", v.grad());
        t.number("w.backward2.b.grad", "b.grad", b.grad());
        t.paragraph("accumulate.retainGraph");

        t.section("zero.title");
        t.paragraph("zero.text");
        t.code("a.grad.zero_(); b.grad.zero_(); v.grad.zero_()", "a.zeroGrad(); b.zeroGrad(); v.zeroGrad();");
        a.zeroGrad();
        b.zeroGrad();
        v.zeroGrad();
        t.number("zeroed.a.grad", "a.grad", a.grad());
        t.number("zeroed.v.grad", "v.grad", v.grad());
        t.number("zeroed.b.grad", "b.grad", b.grad());

        nonLinear(a, b, v);
        composed();

        t.section("pictures.title");
        t.paragraph("pictures.text");
        for (Path picture : pictures) {
            if (picture.getFileName().toString().endsWith(".svg")) {
                t.output(picture.toString());
            }
        }
        t.paragraph("pictures.dot");
        Path last = pictures.get(pictures.size() - 1);
        t.output("dot -Tpng " + last + " -o " + last.getFileName().toString().replace(".dot", ".png"));
        t.paragraph("closing");
    }

    private void nonLinear(Tensor a, Tensor b, Tensor v) {
        t.section("nonlinear.title");
        t.paragraph("nonlinear.text");
        t.code("y = torch.sin(a * v) + torch.exp(b)", "Tensor y = sin(a.mul(v)).add(exp(b));");
        t.code("z = y**2", "Tensor z = y.pow(2);");
        t.code("z.backward()", "z.backward();");
        Tensor y = sin(a.mul(v)).add(exp(b));
        Tensor z = y.pow(2);
        z.backward();
        t.number("y", "y", y.item());
        t.number("z", "z", z.item());
        t.number("z.a.grad", "a.grad", a.grad());
        t.number("z.b.grad", "b.grad", b.grad());
        t.number("z.v.grad", "v.grad", v.grad());
        picture("z", z.node(), Map.of(y.node(), "y", z.node(), "z"));

        t.paragraph("nonlinear.forgot");
        t.code("a = torch.tensor(2.0, requires_grad=True)  # b, v likewise",
                "a = tensor(\"a\", 2.0, REQUIRES_GRAD);  // b, v likewise");
        Tensor freshA = tensor("a", 2.0, REQUIRES_GRAD);
        Tensor freshB = tensor("b", 1.0, REQUIRES_GRAD);
        Tensor freshV = tensor("v", 3.0, REQUIRES_GRAD);
        t.code("w = a * (v + b); w.backward()", "a.mul(v.add(b)).backward();");
        freshA.mul(freshV.add(freshB)).backward();
        t.code("z = (torch.sin(a * v) + torch.exp(b))**2; z.backward()",
                "sin(a.mul(v)).add(exp(b)).pow(2).backward();");
        sin(freshA.mul(freshV)).add(exp(freshB)).pow(2).backward();
        t.number("stale.a.grad", "a.grad", freshA.grad());
        t.number("stale.b.grad", "b.grad", freshB.grad());
        t.number("stale.v.grad", "v.grad", freshV.grad());
        t.paragraph("nonlinear.forgotExplained");
    }

    private void composed() {
        t.section("composed.title");
        t.paragraph("composed.text");
        t.code("x = torch.tensor(0.5, requires_grad=True)", "Tensor x = tensor(\"x\", 0.5, REQUIRES_GRAD);");
        t.code("h = 3 * x - 1", "Tensor h = x.mul(3).sub(1);");
        t.code("g = torch.tanh(h)", "Tensor g = tanh(h);");
        t.code("f = torch.log(g**2 + 1)", "Tensor f = log(g.pow(2).add(1));");
        t.code("f.backward()", "f.backward();");
        Tensor x = tensor("x", 0.5, REQUIRES_GRAD);
        Tensor h = x.mul(3).sub(1);
        Tensor g = tanh(h);
        Tensor q = g.pow(2);
        Tensor r = q.add(1);
        Tensor f = log(r);
        f.backward();
        t.number("composed.h", "h", h.item());
        t.number("composed.g", "g", g.item());
        t.number("composed.f", "f", f.item());
        t.number("composed.x.grad", "x.grad", x.grad());
        t.paragraph("composed.path");
        Map<Node, String> names = new IdentityHashMap<>();
        names.put(x.node(), "x");
        names.put(h.node().input(0), "m");
        names.put(h.node(), "h");
        names.put(g.node(), "g");
        names.put(q.node(), "q");
        names.put(r.node(), "r");
        names.put(f.node(), "f");
        explain(f.node(), names, "f.path.");
        picture("f", f.node(), names);
    }

    /** Prints every application of the chain rule while back-propagating {@code output}. */
    private void explain(Node output, Map<Node, String> names, String keyPrefix) {
        List<ChainRuleStep<Double>> steps = new ArrayList<>();
        ReverseMode.gradients(output, steps::add);
        for (ChainRuleStep<Double> step : steps) {
            String node = names.get(step.node());
            String input = names.get(step.node().input(step.input()));
            String key = keyPrefix + node + "." + input;
            t.output(t.text("step", input, node));
            t.number(key + ".local", "    ∂" + node + "/∂" + input, step.local().value());
            t.number(key + ".contribution", "    ∂" + names.get(output) + "/∂" + node + " · ∂" + node + "/∂" + input,
                    step.contribution());
        }
    }

    /** Writes the graph of {@code output} as {@code name.svg} and {@code name.dot}, its nodes named by {@code names}. */
    private void picture(String name, Node output, Map<Node, String> names) {
        Gradients gradients = ReverseMode.gradients(output);
        Path svg = pictureDirectory.resolve(name + ".svg");
        Path dot = pictureDirectory.resolve(name + ".dot");
        try {
            Pictures.write(svg, GraphPicture.svg(output, gradients, Names.of(names), t.language()), t.language());
            Files.writeString(dot, Dot.render(output, gradients));
        } catch (IOException e) {
            throw new UncheckedIOException(t.text("pictures.cannotWrite", dot, e.getMessage()), e);
        }
        pictures.add(svg);
        pictures.add(dot);
    }
}
