package backproplab.cli;

import backproplab.graph.Infix;
import backproplab.graph.Latex;
import backproplab.graph.Node;
import backproplab.graphviz.Dot;
import backproplab.i18n.Messages;
import backproplab.lang.Excerpt;
import backproplab.lang.SyntaxError;
import backproplab.reverse.ReverseMode;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backprop grad PROGRAM [name=value …]}: the value of a program, and for each input its
 * gradient by reverse mode, its symbolic derivative and a finite-difference cross-check.
 * {@code backprop grad --batch} differentiates one JSON request per line of standard input.
 */
@Command(name = "grad", mixinStandardHelpOptions = true, version = Main.VERSION, sortOptions = false)
final class GradCommand implements Callable<Integer> {

    private static final Messages TEXT = Messages.of("backproplab.cli.messages");

    @ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROGRAM", descriptionKey = "program")
    String program;

    @Parameters(index = "1..*", paramLabel = "name=value", descriptionKey = "assignments")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--latex", descriptionKey = "latex")
    boolean latex;

    @Option(names = "--dot", paramLabel = "FILE", descriptionKey = "dot")
    Path dot;

    @Option(names = "--svg", paramLabel = "FILE", descriptionKey = "svg")
    Path svg;

    @Option(names = "--order", paramLabel = "1|2", defaultValue = "1", descriptionKey = "order")
    int order;

    @Option(names = "--batch", descriptionKey = "batch")
    boolean batch;

    @Override
    public Integer call() throws IOException {
        if (order != 1 && order != 2) {
            throw new BadInput(TEXT.get("order.unsupported", order));
        }
        if (batch) {
            if (program != null || json || latex || dot != null || svg != null || order != 1) {
                throw new BadInput(TEXT.get("batch.noArguments"));
            }
            Batch.run(main.in, main.out);
            return Main.OK;
        }
        if (program == null) {
            throw new BadInput(TEXT.get("program.missing"));
        }
        Map<String, Double> at = Assignments.parse(assignments);
        Differentiation result;
        try {
            result = Differentiation.of(program, at, true);
        } catch (SyntaxError e) {
            throw new BadInput(e.withCaret(program));
        }
        if (dot != null) {
            writeDot(result.program.output());
        }
        if (svg != null) {
            writeSvg(result);
        }
        if (json) {
            main.out.println(Json.line(json(result)));
        } else {
            text(result, main.out);
        }
        return Main.OK;
    }

    private void writeDot(Node output) throws IOException {
        try (Writer writer = Files.newBufferedWriter(dot, StandardCharsets.UTF_8)) {
            Dot.write(output, ReverseMode.gradients(output), writer);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException problem && problem.getReason() != null
                    ? problem.getReason() : e.getMessage();
            throw new BadInput(TEXT.get("dot.cannotWrite", Excerpt.of(dot.toString()), Excerpt.of(String.valueOf(reason))));
        }
    }

    /** The graph as an SVG picture, its nodes named as the program names them. */
    private void writeSvg(Differentiation result) {
        backproplab.lang.Program program = result.program;
        java.util.Map<Node, String> names = new java.util.IdentityHashMap<>();
        program.assigned().forEach((name, node) -> names.put(node, name));
        names.put(program.output(), program.displayName(result.names));
        Node output = program.output();
        if (backproplab.graph.TopologicalOrder.of(output).size() > backproplab.picture.GraphPicture.MAX_NODES) {
            throw new BadInput(TEXT.get("svg.tooLarge", backproplab.picture.GraphPicture.MAX_NODES));
        }
        String picture = backproplab.picture.GraphPicture.svg(output, ReverseMode.gradients(output),
                backproplab.picture.Names.of(names), backproplab.i18n.Language.current());
        try {
            backproplab.picture.Pictures.write(svg, picture, backproplab.i18n.Language.current());
        } catch (java.io.UncheckedIOException e) {
            throw new BadInput(Excerpt.of(e.getMessage()));
        }
    }

    private String formula(Node expression) {
        return latex ? Latex.print(expression) : Infix.print(expression);
    }

    private void text(Differentiation result, PrintStream out) {
        String y = result.program.displayName(result.names);
        out.println(y + " = " + result.value());
        for (String name : result.names) {
            out.println();
            double gradient = result.gradient.get(name);
            out.println("∂" + y + "/∂" + name + " = " + gradient
                    + (result.uses(name) ? "" : "   (" + TEXT.get("grad.unused") + ")"));
            out.println("    " + pad(TEXT.get("grad.symbolic")) + formula(result.symbolic.get(name)));
            double estimate = result.finiteDifference(name);
            out.println("    " + pad(TEXT.get("grad.finiteDifferences")) + estimate
                    + "   (" + TEXT.get("grad.difference") + " " + Math.abs(estimate - gradient) + ")");
        }
        if (order == 2) {
            out.println();
            out.println(TEXT.get("grad.hessian"));
            result.hessian().forEach((row, entries) -> entries.forEach((column, entry) ->
                    out.println("    ∂²" + y + "/∂" + row + "∂" + column + " = " + formula(entry) + " = " + entry.value())));
        }
    }

    private static String pad(String label) {
        return String.format("%-22s", label);
    }

    private JsonObject json(Differentiation result) {
        JsonObject object = new JsonObject();
        object.addProperty("output", result.program.displayName(result.names));
        object.add("value", Json.number(result.value()));
        JsonObject gradient = new JsonObject();
        JsonObject symbolic = new JsonObject();
        JsonObject finite = new JsonObject();
        for (String name : result.names) {
            gradient.add(name, Json.number(result.gradient.get(name)));
            symbolic.addProperty(name, formula(result.symbolic.get(name)));
            finite.add(name, Json.number(result.finiteDifference(name)));
        }
        object.add("gradient", gradient);
        object.add("symbolic", symbolic);
        object.add("finiteDifferences", finite);
        if (order == 2) {
            JsonObject values = new JsonObject();
            JsonObject formulas = new JsonObject();
            result.hessian().forEach((row, entries) -> {
                JsonObject valueRow = new JsonObject();
                JsonObject formulaRow = new JsonObject();
                entries.forEach((column, entry) -> {
                    valueRow.add(column, Json.number(entry.value()));
                    formulaRow.addProperty(column, formula(entry));
                });
                values.add(row, valueRow);
                formulas.add(row, formulaRow);
            });
            object.add("hessian", values);
            object.add("hessianSymbolic", formulas);
        }
        return object;
    }
}
