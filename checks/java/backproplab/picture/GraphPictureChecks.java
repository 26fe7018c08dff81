package backproplab.picture;

import static backproplab.Close.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.i18n.Language;
import backproplab.reverse.ReverseMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Pictures of computational graphs, read back with the JDK's XML parser: the notebook's graph
 * z = (sin(a·v) + eᵇ)² at a = 2, b = 1, v = 3, with y = sin(a·v) + eᵇ named as in the notebook.
 * Every number is compared with closed-form math, rounded by {@link #fourDigits}, which shares no
 * code with the picture's rounding.
 */
class GraphPictureChecks {

    static final double A = 2;
    static final double B = 1;
    static final double V = 3;
    static final double Y = Math.sin(A * V) + Math.exp(B);

    /** The notebook's z graph, named as the notebook names it. */
    record Notebook(Node z, Names names) {

        static Notebook build() {
            Leaf a = Node.leaf("a", A);
            Leaf b = Node.leaf("b", B);
            Leaf v = Node.leaf("v", V);
            Node y = a.mul(v).sin().add(b.exp());
            Node z = y.pow(2);
            return new Notebook(z, Names.of(Map.of(y, "y", z, "z")));
        }

        String svg(Language language) {
            return GraphPicture.svg(z, ReverseMode.gradients(z), names, language);
        }
    }

    /** Each box's heading → {value, gradient}, from closed-form math: dz/dn = 2y · ∂y/∂n. */
    static Map<String, double[]> expectedBoxes() {
        Map<String, double[]> boxes = new LinkedHashMap<>();
        boxes.put("a", new double[] {A, 2 * Y * Math.cos(A * V) * V});
        boxes.put("v", new double[] {V, 2 * Y * Math.cos(A * V) * A});
        boxes.put("b", new double[] {B, 2 * Y * Math.exp(B)});
        boxes.put("*", new double[] {A * V, 2 * Y * Math.cos(A * V)});
        boxes.put("sin", new double[] {Math.sin(A * V), 2 * Y});
        boxes.put("exp", new double[] {Math.exp(B), 2 * Y});
        boxes.put("y (+)", new double[] {Y, 2 * Y});
        boxes.put("z (** 2)", new double[] {Y * Y, 1});
        return boxes;
    }

    /** Each arrow "input → node" → the local derivative ∂node/∂input, from the textbook rules. */
    static Map<String, Double> expectedArrows() {
        Map<String, Double> arrows = new LinkedHashMap<>();
        arrows.put("a → *", V);
        arrows.put("v → *", A);
        arrows.put("* → sin", Math.cos(A * V));
        arrows.put("b → exp", Math.exp(B));
        arrows.put("sin → y", 1.0);
        arrows.put("exp → y", 1.0);
        arrows.put("y → z", 2 * Y);
        return arrows;
    }

    /** x to four significant digits, without trailing zeros, through the JDK's formatter. */
    static String fourDigits(double x) {
        return new BigDecimal(String.format(Locale.ROOT, "%.3e", x)).stripTrailingZeros().toPlainString();
    }

    /** A box of the picture: its heading, its other lines, its hover text and its rectangle. */
    record Box(String heading, List<String> lines, String title, double x, double y, double width, double height) {

        static Box of(Element group) {
            List<Element> texts = SvgDocument.all(group, "text");
            List<String> lines = new ArrayList<>();
            for (Element text : texts.subList(1, texts.size())) {
                lines.add(text.getTextContent());
            }
            Element rect = SvgDocument.all(group, "rect").get(0);
            return new Box(texts.get(0).getTextContent(), lines, SvgDocument.title(group),
                    SvgDocument.number(rect, "x"), SvgDocument.number(rect, "y"),
                    SvgDocument.number(rect, "width"), SvgDocument.number(rect, "height"));
        }

        /** Whether (px, py) is on this box, within a pixel. */
        boolean holds(double px, double py) {
            return px >= x - 1 && px <= x + width + 1 && py >= y - 1 && py <= y + height + 1;
        }
    }

    static Map<String, Box> boxes(SvgDocument svg) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (Element group : svg.withClass("g", "box")) {
            Box box = Box.of(group);
            boxes.put(box.heading(), box);
        }
        return boxes;
    }

    private static final Pattern LOCAL = Pattern.compile("∂(\\S+)/∂(\\S+) = (\\S+)$");

    /** An arrow: the nodes its hover text names, its exact derivative, its label, its first and last point. */
    record Arrow(String to, String from, String exact, String label, double[] first, double[] last) {

        static Arrow of(Element group) {
            Matcher m = LOCAL.matcher(SvgDocument.title(group));
            assertThat(m.find()).as("hover text of an arrow: %s", SvgDocument.title(group)).isTrue();
            List<String> points = SvgDocument.numbers(SvgDocument.all(group, "path").get(0).getAttribute("d"));
            double[] first = {Double.parseDouble(points.get(0)), Double.parseDouble(points.get(1))};
            double[] last = {Double.parseDouble(points.get(points.size() - 2)), Double.parseDouble(points.get(points.size() - 1))};
            return new Arrow(heading(m.group(1)), heading(m.group(2)), m.group(3),
                    SvgDocument.all(group, "text").get(0).getTextContent(), first, last);
        }

        /** "(sin)" names the unnamed sin node, whose heading is "sin". */
        private static String heading(String label) {
            return label.startsWith("(") ? label.substring(1, label.length() - 1) : label;
        }
    }

    static List<Arrow> arrows(SvgDocument svg) {
        List<Arrow> arrows = new ArrayList<>();
        for (Element group : svg.withClass("g", "edge")) {
            arrows.add(Arrow.of(group));
        }
        return arrows;
    }

    /** The box whose heading starts with a node's name ("y" is the box "y (+)"). */
    static Box box(Map<String, Box> boxes, String name) {
        for (Map.Entry<String, Box> entry : boxes.entrySet()) {
            if (entry.getKey().equals(name) || entry.getKey().startsWith(name + " (")) {
                return entry.getValue();
            }
        }
        throw new AssertionError("no box for " + name + " among " + boxes.keySet());
    }

    @Nested
    class Validity {

        // the picture is well-formed SVG in either language
        @ParameterizedTest
        @MethodSource("backproplab.picture.SvgDocument#languages")
        void the_picture_is_well_formed_svg(Language language) {
            SvgDocument svg = SvgDocument.parse(Notebook.build().svg(language));
            assertThat(svg.withClass("g", "box")).hasSize(8);
            assertThat(svg.withClass("g", "edge")).hasSize(7);
        }

        // a name with XML's special characters is shown as it is, and the picture stays well-formed
        @Test
        void names_with_markup_characters_are_escaped() {
            Leaf a = Node.leaf("a", A);
            Node w = a.mul(a);
            SvgDocument svg = SvgDocument.parse(GraphPicture.svg(w, ReverseMode.gradients(w),
                    Names.of(Map.of(w, "<w> & \"w\"")), Language.ENGLISH));
            assertThat(boxes(svg).keySet()).contains("<w> & \"w\" (*)");
        }

        // the same graph ⇒ the same text, byte for byte
        @Test
        void the_same_graph_gives_the_same_picture() {
            assertThat(Notebook.build().svg(Language.ENGLISH)).isEqualTo(Notebook.build().svg(Language.ENGLISH));
        }

        // width ≤ 640 px: the composed example was 4,725 px wide
        @Test
        void the_notebook_picture_fits_a_page() {
            SvgDocument svg = SvgDocument.parse(Notebook.build().svg(Language.ENGLISH));
            assertThat(svg.width()).isLessThanOrEqualTo(640);
            assertThat(svg.height()).isLessThanOrEqualTo(800);
        }
    }

    @Nested
    class Names_and_numbers {

        // the boxes are headed by the program's names (a, v, b, y, z) and otherwise by the operation
        @Test
        void boxes_are_named_as_in_the_program() {
            assertThat(boxes(SvgDocument.parse(Notebook.build().svg(Language.ENGLISH))).keySet())
                    .containsExactlyInAnyOrderElementsOf(expectedBoxes().keySet());
        }

        // value and gradient shown = closed form rounded to 4 significant digits
        @Test
        void values_and_gradients_are_rounded_for_reading() {
            Map<String, Box> boxes = boxes(SvgDocument.parse(Notebook.build().svg(Language.ENGLISH)));
            expectedBoxes().forEach((heading, expected) -> assertThat(boxes.get(heading).lines()).as(heading)
                    .containsExactly("value = " + fourDigits(expected[0]), "gradient = " + fourDigits(expected[1])));
        }

        // hover text of a box: its value and gradient with every digit (equal to closed form within 10⁻¹², not to 4 digits)
        @Test
        void hover_text_holds_every_digit() {
            Map<String, Box> boxes = boxes(SvgDocument.parse(Notebook.build().svg(Language.ENGLISH)));
            expectedBoxes().forEach((heading, expected) -> {
                String[] title = boxes.get(heading).title().split("\n");
                assertThat(title).as(heading).hasSize(3);
                assertThat(title[0]).isEqualTo(heading);
                assertClose(expected[0], Double.parseDouble(title[1].substring("value = ".length())), heading + " value");
                assertClose(expected[1], Double.parseDouble(title[2].substring("gradient = ".length())), heading + " gradient");
            });
        }

        // every arrow is labelled with ∂node/∂input rounded, and its hover text has every digit
        @Test
        void arrows_carry_the_local_derivative() {
            List<Arrow> arrows = arrows(SvgDocument.parse(Notebook.build().svg(Language.ENGLISH)));
            Map<String, Double> expected = expectedArrows();
            assertThat(arrows).extracting(arrow -> arrow.from() + " → " + arrow.to())
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            for (Arrow arrow : arrows) {
                double local = expected.get(arrow.from() + " → " + arrow.to());
                assertThat(arrow.label()).as(arrow.from() + " → " + arrow.to()).isEqualTo(fourDigits(local));
                assertClose(local, Double.parseDouble(arrow.exact()), arrow.from() + " → " + arrow.to());
            }
        }

        // no number a reader sees has more than 4 significant digits
        @Test
        void no_visible_number_has_more_than_four_significant_digits() {
            for (String text : SvgDocument.parse(Notebook.build().svg(Language.ENGLISH)).visibleTexts()) {
                for (String number : SvgDocument.numbers(text)) {
                    assertThat(new BigDecimal(number).stripTrailingZeros().precision()).as("%s in '%s'", number, text)
                            .isLessThanOrEqualTo(4);
                }
            }
        }

        // a constant is drawn beside its use with its value, and has no gradient
        @Test
        void constants_show_their_value_and_no_gradient() {
            Leaf x = Node.leaf("x", 0.5);
            Node h = x.mul(3).sub(1);
            SvgDocument svg = SvgDocument.parse(GraphPicture.svg(h, ReverseMode.gradients(h), Names.of(Map.of(h, "h")),
                    Language.ENGLISH));
            List<Element> constants = svg.withClass("g", "constant");
            assertThat(constants).extracting(g -> SvgDocument.all(g, "text").get(0).getTextContent())
                    .containsExactlyInAnyOrder("3", "1");
            assertThat(boxes(svg).keySet()).contains("x", "*", "h (-)");
        }
    }

    @Nested
    class Direction {

        // every arrow starts on the input's box and ends on the box of the node computed from it
        @Test
        void arrows_go_from_the_input_to_the_node_computed_from_it() {
            SvgDocument svg = SvgDocument.parse(Notebook.build().svg(Language.ENGLISH));
            Map<String, Box> boxes = boxes(svg);
            for (Arrow arrow : arrows(svg)) {
                String edge = arrow.from() + " → " + arrow.to();
                assertThat(box(boxes, arrow.from()).holds(arrow.first()[0], arrow.first()[1]))
                        .as("%s starts on %s's box", edge, arrow.from()).isTrue();
                assertThat(box(boxes, arrow.to()).holds(arrow.last()[0], arrow.last()[1]))
                        .as("%s ends on %s's box", edge, arrow.to()).isTrue();
            }
        }

        // one direction everywhere: every arrow points down, inputs above what is computed from them
        @Test
        void every_arrow_points_down() {
            for (Arrow arrow : arrows(SvgDocument.parse(Notebook.build().svg(Language.ENGLISH)))) {
                assertThat(arrow.last()[1]).as("%s → %s", arrow.from(), arrow.to()).isGreaterThan(arrow.first()[1]);
            }
        }
    }

    @Nested
    class Languages {

        // English words in an English picture, and none of the Spanish ones
        @Test
        void the_english_picture_is_in_english() {
            String svg = String.join("\n", SvgDocument.parse(Notebook.build().svg(Language.ENGLISH)).visibleTexts());
            assertThat(svg).contains("value = ", "gradient = ", "arrow u → v: v is computed from u",
                    "on the arrow: the local derivative ∂v/∂u", "gradient: ∂z/∂(node)")
                    .doesNotContain("valor", "gradiente", "flecha", "nodo");
        }

        // Spanish words in a Spanish picture, and none of the English ones
        @Test
        void the_spanish_picture_is_in_spanish() {
            String svg = String.join("\n", SvgDocument.parse(Notebook.build().svg(Language.SPANISH)).visibleTexts());
            assertThat(svg).contains("valor = ", "gradiente = ", "flecha u → v: v se calcula a partir de u",
                    "sobre la flecha: la derivada local ∂v/∂u", "gradiente: ∂z/∂(nodo)")
                    .doesNotContain("value", "gradient ", "arrow", "node)");
        }

        // the hover text is in the picture's language too
        @Test
        void hover_text_follows_the_language() {
            SvgDocument svg = SvgDocument.parse(Notebook.build().svg(Language.SPANISH));
            assertThat(box(boxes(svg), "a").title()).contains("valor = 2.0", "gradiente = ");
            assertThat(SvgDocument.title(svg.withClass("g", "edge").get(0))).startsWith("derivada local ∂");
        }
    }

    @Nested
    class Values_only {

        // without gradients: values, no gradient lines, no labels on arrows, no gradient legend
        @Test
        void a_picture_without_gradients_shows_values_only() {
            Leaf a = Node.leaf("a", A);
            Node w = a.mul(a.add(1));
            SvgDocument svg = SvgDocument.parse(GraphPicture.svg(w, Names.of(Map.of(w, "w")), Language.ENGLISH));
            assertThat(box(boxes(svg), "w").lines()).containsExactly("value = " + fourDigits(A * (A + 1)));
            assertThat(String.join("\n", svg.visibleTexts())).doesNotContain("gradient", "∂v/∂u");
        }
    }

    @Nested
    class Errors {

        // a graph too large to read is refused, with the way out, in both languages
        @Test
        void a_graph_of_more_than_200_nodes_is_refused() {
            Node x = Node.leaf("x", 0.1);
            for (int i = 0; i < GraphPicture.MAX_NODES; i++) {
                x = x.sin();
            }
            Node chain = x;
            assertThatThrownBy(() -> GraphPicture.svg(chain, Names.none(), Language.ENGLISH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the graph of (sin) has 201 nodes; a picture shows at most 200: "
                            + "export it as Graphviz DOT instead (Dot.render).");
            assertThatThrownBy(() -> GraphPicture.svg(chain, Names.none(), Language.SPANISH))
                    .hasMessage("el grafo de (sin) tiene 201 nodos; un dibujo muestra a lo más 200: "
                            + "mejor expórtalo en DOT de Graphviz (Dot.render).");
        }

        // gradients of another node are refused, naming both
        @Test
        void gradients_of_another_output_are_refused() {
            Leaf a = Node.leaf("a", A);
            Node w = a.mul(2);
            Node z = w.sin();
            assertThatThrownBy(() -> GraphPicture.svg(z, ReverseMode.gradients(w), Names.none(), Language.ENGLISH))
                    .hasMessage("the gradients are of a * 2, not of sin(a * 2); "
                            + "compute them with ReverseMode.gradients of the node you draw.");
        }

        // a blank name is refused
        @Test
        void a_blank_name_is_refused() {
            Leaf a = Node.leaf("a", A);
            assertThatThrownBy(() -> Names.none().and(a.sin(), " "))
                    .hasMessage("the name of sin(a) is ' '; give it a non-blank name such as u.");
        }
    }
}
