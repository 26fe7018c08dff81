package backproplab.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import backproplab.i18n.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The loss curve, read back as a reader reads it: through its tick labels. */
class LossCurveChecks {

    /**
     * Pixels are written with one decimal, so a point is within 0.05 px of where it should be, and
     * the scale read from two tick labels is off by as much at each end: 0.15 px covers the three
     * roundings and is still far below the distance between two steps or two losses drawn.
     */
    static final double PIXEL = 0.15;

    static final double[] LOSSES = {0.69, 0.52, 0.61, 0.33, 0.2, 0.21, 0.05};

    /** The line's points, (x, y) in pixels. */
    static List<double[]> line(SvgDocument svg) {
        List<double[]> points = new ArrayList<>();
        for (String pair : SvgDocument.all(svg.root, "polyline").get(0).getAttribute("points").split(" ")) {
            String[] xy = pair.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    @Nested
    class Validity {

        // well-formed SVG with the caller's title, in either language
        @ParameterizedTest
        @MethodSource("backproplab.picture.SvgDocument#languages")
        void the_plot_is_well_formed_svg_with_its_title(Language language) {
            SvgDocument svg = SvgDocument.parse(Plots.lossCurve("MLP <moons> & more", LOSSES, language));
            assertThat(svg.visibleTexts()).contains("MLP <moons> & more");
        }

        // the same losses ⇒ the same text, byte for byte
        @Test
        void the_same_losses_give_the_same_plot() {
            assertThat(Plots.lossCurve("t", LOSSES, Language.ENGLISH)).isEqualTo(Plots.lossCurve("t", LOSSES, Language.ENGLISH));
        }
    }

    @Nested
    class Postconditions {

        // point i is at (pixel of step i, pixel of loss i), as the tick labels tell a reader
        @Test
        void each_step_is_drawn_at_its_loss() {
            SvgDocument svg = SvgDocument.parse(Plots.lossCurve("t", LOSSES, Language.ENGLISH));
            TickScale x = TickScale.read(svg, true);
            TickScale y = TickScale.read(svg, false);
            List<double[]> line = line(svg);
            assertThat(line).hasSize(LOSSES.length);
            for (int step = 0; step < LOSSES.length; step++) {
                assertThat(line.get(step)[0]).as("x of step %d", step).isCloseTo(x.pixel(step), within(PIXEL));
                assertThat(line.get(step)[1]).as("y of step %d", step).isCloseTo(y.pixel(LOSSES[step]), within(PIXEL));
            }
        }

        // the loss axis starts at 0 and ticks are k · s with s ∈ {1, 2, 5} · 10ⁿ
        @Test
        void ticks_are_round_numbers_from_zero() {
            SvgDocument svg = SvgDocument.parse(Plots.lossCurve("t", new double[] {0.0871, 0.0123}, Language.ENGLISH));
            List<Double> ticks = TickScale.read(svg, false).ticks();
            assertThat(ticks.get(0)).isZero();
            BigDecimal step = BigDecimal.valueOf(ticks.get(1)).subtract(BigDecimal.valueOf(ticks.get(0)));
            BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
            assertThat(mantissa.toPlainString()).isIn("1", "2", "5");
            for (int k = 0; k < ticks.size(); k++) {
                assertThat(BigDecimal.valueOf(ticks.get(k))).isEqualByComparingTo(step.multiply(BigDecimal.valueOf(k)));
            }
            assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(0.0871);
        }

        // 100,000 steps: at most two points per pixel column, and the one spike and the one dip are kept
        @Test
        void a_long_run_is_thinned_without_losing_its_extremes() {
            double[] losses = new double[100_000];
            Arrays.fill(losses, 1.0);
            losses[77_777] = 50;
            losses[12_345] = 0;
            SvgDocument svg = SvgDocument.parse(Plots.lossCurve("t", losses, Language.ENGLISH));
            List<double[]> line = line(svg);
            assertThat(line.size()).isLessThanOrEqualTo(2 * (int) Chart.WIDTH);
            TickScale y = TickScale.read(svg, false);
            assertThat(line).anySatisfy(p -> assertThat(p[1]).isCloseTo(y.pixel(50), within(PIXEL)));
            assertThat(line).anySatisfy(p -> assertThat(p[1]).isCloseTo(y.pixel(0), within(PIXEL)));
        }

        // the legend gives the last loss, rounded for reading
        @Test
        void the_legend_gives_the_last_loss() {
            assertThat(SvgDocument.parse(Plots.lossCurve("t", new double[] {0.9, 0.027341}, Language.ENGLISH)).visibleTexts())
                    .contains("last loss = 0.02734");
        }
    }

    @Nested
    class Languages {

        // axis titles and legend in the plot's language
        @Test
        void axes_and_legend_follow_the_language() {
            assertThat(SvgDocument.parse(Plots.lossCurve("t", LOSSES, Language.ENGLISH)).visibleTexts())
                    .contains("step", "loss", "last loss = 0.05").doesNotContain("paso", "pérdida");
            assertThat(SvgDocument.parse(Plots.lossCurve("t", LOSSES, Language.SPANISH)).visibleTexts())
                    .contains("paso", "pérdida", "última pérdida = 0.05").doesNotContain("step", "loss");
        }
    }

    @Nested
    class Errors {

        // a NaN loss is refused, naming the step, in both languages
        @Test
        void a_loss_that_is_not_finite_is_refused() {
            double[] losses = {0.7, 0.6, 0.5, Double.NaN};
            assertThatThrownBy(() -> Plots.lossCurve("t", losses, Language.ENGLISH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("losses[3] is NaN; a plot needs finite numbers.");
            assertThatThrownBy(() -> Plots.lossCurve("t", losses, Language.SPANISH))
                    .hasMessage("losses[3] es NaN; un dibujo necesita números finitos.");
        }

        // no loss at all is refused
        @Test
        void no_losses_are_refused() {
            assertThatThrownBy(() -> Plots.lossCurve("t", new double[0], Language.ENGLISH))
                    .hasMessage("there is nothing to plot: losses is empty; give at least one entry.");
        }
    }
}
