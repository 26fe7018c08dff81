package backproplab.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import backproplab.i18n.Language;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The decision boundary of a classifier whose score is x₁ − 0.5: class 1 right of the vertical
 * line x₁ = 0.5, class 0 left of it, and more confident farther from it.
 */
class DecisionBoundaryChecks {

    static final double[][] POINTS = {{-1, 0}, {-0.5, 1}, {0.2, -1}, {1, 0.5}, {1.5, -0.5}, {2, 1}};
    static final int[] LABELS = {0, 0, 0, 1, 1, 1};
    static final DoubleBinaryOperator SCORE = (x1, x2) -> x1 - 0.5;

    static SvgDocument plot(Language language) {
        return SvgDocument.parse(Plots.decisionBoundary("boundary", POINTS, LABELS, SCORE, language));
    }

    /** The shaded cells of class {@code label}: rectangles in the class's colour, inside the cells group. */
    static List<Element> cells(SvgDocument svg, int label) {
        return SvgDocument.all(svg.withClass("g", "cells").get(0), "rect").stream()
                .filter(rect -> rect.getAttribute("fill").equals(DecisionBoundary.COLOURS[label]))
                .collect(Collectors.toList());
    }

    @Nested
    class Validity {

        // well-formed SVG with the caller's title, in either language
        @ParameterizedTest
        @MethodSource("backproplab.picture.SvgDocument#languages")
        void the_plot_is_well_formed_svg_with_its_title(Language language) {
            assertThat(plot(language).visibleTexts()).contains("boundary");
        }
    }

    @Nested
    class Postconditions {

        // class 1 is shaded where score > 0 (right of x₁ = 0.5), class 0 where score < 0
        @Test
        void each_class_is_shaded_on_its_side_of_the_boundary() {
            SvgDocument svg = plot(Language.ENGLISH);
            double boundary = TickScale.read(svg, true).pixel(0.5);
            // a cell is shaded by the score at its centre: it may reach half a cell across the boundary
            double halfCell = SvgDocument.number(svg.withClass("rect", "frame").get(0), "width") / DecisionBoundary.COLUMNS / 2
                    + LossCurveChecks.PIXEL;
            assertThat(cells(svg, 1)).isNotEmpty().allSatisfy(rect ->
                    assertThat(SvgDocument.number(rect, "x")).isGreaterThanOrEqualTo(boundary - halfCell));
            assertThat(cells(svg, 0)).isNotEmpty().allSatisfy(rect -> assertThat(
                    SvgDocument.number(rect, "x") + SvgDocument.number(rect, "width")).isLessThanOrEqualTo(boundary + halfCell));
        }

        // darker farther from the boundary: along a row, class 1's opacity never falls as x₁ grows
        @Test
        void shades_darken_away_from_the_boundary() {
            List<Element> cells = cells(plot(Language.ENGLISH), 1);
            List<Element> row = cells.stream()
                    .filter(rect -> rect.getAttribute("y").equals(cells.get(0).getAttribute("y")))
                    .sorted(Comparator.comparingDouble(rect -> SvgDocument.number(rect, "x")))
                    .collect(Collectors.toList());
            assertThat(row).hasSize(DecisionBoundary.LEVELS);
            for (int i = 1; i < row.size(); i++) {
                assertThat(SvgDocument.number(row.get(i), "fill-opacity"))
                        .isGreaterThan(SvgDocument.number(row.get(i - 1), "fill-opacity"));
            }
        }

        // every point is drawn where the ticks put it: a circle for class 0, a square for class 1
        @Test
        void each_point_is_drawn_at_its_place_with_its_class_marker() {
            SvgDocument svg = plot(Language.ENGLISH);
            TickScale x = TickScale.read(svg, true);
            TickScale y = TickScale.read(svg, false);
            List<Element> circles = svg.withClass("circle", "point").subList(0, 3);
            List<Element> squares = svg.withClass("rect", "point").subList(0, 3);
            for (int i = 0; i < 3; i++) {
                assertThat(SvgDocument.number(circles.get(i), "cx")).isCloseTo(x.pixel(POINTS[i][0]), within(LossCurveChecks.PIXEL));
                assertThat(SvgDocument.number(circles.get(i), "cy")).isCloseTo(y.pixel(POINTS[i][1]), within(LossCurveChecks.PIXEL));
                Element square = squares.get(i);
                double middle = SvgDocument.number(square, "x") + SvgDocument.number(square, "width") / 2;
                assertThat(middle).isCloseTo(x.pixel(POINTS[3 + i][0]), within(LossCurveChecks.PIXEL));
            }
        }
    }

    @Nested
    class Languages {

        // legend in the plot's language
        @Test
        void the_legend_follows_the_language() {
            assertThat(plot(Language.ENGLISH).visibleTexts()).contains("class 0", "class 1",
                    "shade: the classifier's score", "darker = farther from the boundary");
            assertThat(plot(Language.SPANISH).visibleTexts()).contains("clase 0", "clase 1",
                    "sombreado: la puntuación del clasificador", "más oscuro = más lejos de la frontera");
        }
    }

    @Nested
    class Errors {

        // a third class is refused
        @Test
        void a_label_other_than_0_or_1_is_refused() {
            assertThatThrownBy(() -> Plots.decisionBoundary("t", POINTS, new int[] {0, 1, 0, 2, 1, 1}, SCORE, Language.ENGLISH))
                    .hasMessage("labels[3] is 2; it must be between 0 and 1.");
        }

        // as many labels as points
        @Test
        void labels_and_points_must_match() {
            assertThatThrownBy(() -> Plots.decisionBoundary("t", POINTS, new int[] {0, 1}, SCORE, Language.SPANISH))
                    .hasMessage("points tiene 6 entradas y labels tiene 2; da una entrada de labels por cada entrada de points.");
        }

        // a point is a pair
        @Test
        void a_point_must_be_a_pair() {
            assertThatThrownBy(() -> Plots.decisionBoundary("t", new double[][] {{1, 2, 3}}, new int[] {0}, SCORE, Language.ENGLISH))
                    .hasMessage("points[0] has 3 numbers; give two, x and y.");
        }

        // a score that is not finite is refused, with where
        @Test
        void a_score_that_is_not_finite_is_refused() {
            assertThatThrownBy(() -> Plots.decisionBoundary("t", POINTS, LABELS, (x1, x2) -> Math.log(x1), Language.ENGLISH))
                    .hasMessageStartingWith("the score at (")
                    .hasMessageEndingWith(") is NaN; the classifier must give a finite score everywhere in the picture.");
        }
    }
}
