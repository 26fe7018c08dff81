package backproplab.bench;

import backproplab.lang.Inputs;
import backproplab.lang.Program;
import backproplab.symbolic.Derivatives;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Reading a program, and differentiating it symbolically: the work of one batch request. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageBenchmark {

    static final String CELL = "y = torch.sin(a * v) + torch.exp(b); z = y**2";
    static final Map<String, Double> AT = Map.of("a", 2.0, "b", 1.0, "v", 3.0);

    /** Parse the notebook's cell into a graph. */
    @Benchmark
    public Object parse() {
        return Program.parse(CELL, Inputs.of(AT));
    }

    /** Parse it and differentiate it symbolically, with simplification. */
    @Benchmark
    public Object parseAndDifferentiateSymbolically() {
        return Derivatives.gradient(Program.parse(CELL, Inputs.of(AT)).output());
    }
}
