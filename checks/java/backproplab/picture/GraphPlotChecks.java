package backproplab.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import backproplab.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Drawings of undirected graphs: two cliques of five nodes (0–4 and 5–9, one class each) joined by
 * the edge 4–5, with nodes 0 and 9 labelled for training.
 */
class GraphPlotChecks {

    static final int NODES = 10;
    static final int[][] EDGES = edges();
    static final int[] CLASSES = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    static final boolean[] LABELLED = {true, false, false, false, false, false, false, false, false, true};

    private static int[][] edges() {
        List<int[]> edges = new ArrayList<>();
        for (int clique = 0; clique < 2; clique++) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    edges.add(new int[] {5 * clique + i, 5 * clique + j});
                }
            }
        }
        edges.add(new int[] {4, 5});
        return edges.toArray(new int[0][]);
    }

    static SvgDocument plot(Language language) {
        return SvgDocument.parse(Plots.graph("two cliques", NODES, EDGES, CLASSES, LABELLED, language));
    }

    /** Each node's centre, from its disc (the last circle of its group; a ring comes first). */
    static double[][] centres(SvgDocument svg) {
        List<Element> nodes = svg.withClass("g", "node");
        double[][] centres = new double[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            List<Element> circles = SvgDocument.all(nodes.get(i), "circle");
            Element disc = circles.get(circles.size() - 1);
            centres[i] = new double[] {SvgDocument.number(disc, "cx"), SvgDocument.number(disc, "cy")};
        }
        return centres;
    }

    static double distance(double[] p, double[] q) {
        return Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    @Nested
    class Validity {

        // well-formed SVG with the caller's title, in either language
        @ParameterizedTest
        @MethodSource("backproplab.picture.SvgDocument#languages")
        void the_drawing_is_well_formed_svg_with_its_title(Language language) {
            assertThat(plot(language).visibleTexts()).contains("two cliques");
        }

        // the same graph ⇒ the same drawing, byte for byte (ELK's layout is seeded)
        @Test
        void the_same_graph_gives_the_same_drawing() {
            assertThat(Plots.graph("t", NODES, EDGES, CLASSES, LABELLED, Language.ENGLISH))
                    .isEqualTo(Plots.graph("t", NODES, EDGES, CLASSES, LABELLED, Language.ENGLISH));
        }
    }

    @Nested
    class Postconditions {

        // one disc per node, numbered, coloured by its class; a ring exactly around the labelled ones
        @Test
        void nodes_show_their_number_class_and_whether_labelled() {
            List<Element> nodes = plot(Language.ENGLISH).withClass("g", "node");
            assertThat(nodes).hasSize(NODES);
            for (int i = 0; i < NODES; i++) {
                Element node = nodes.get(i);
                List<Element> circles = SvgDocument.all(node, "circle");
                assertThat(SvgDocument.all(node, "text").get(0).getTextContent()).isEqualTo(Integer.toString(i));
                assertThat(circles.get(circles.size() - 1).getAttribute("fill")).isEqualTo(GraphPlot.COLOURS[CLASSES[i]]);
                assertThat(circles).as("node %d", i).hasSize(LABELLED[i] ? 2 : 1);
                assertThat(SvgDocument.title(node)).isEqualTo("node " + i + ", class " + CLASSES[i]
                        + (LABELLED[i] ? ", labelled (training)" : ""));
            }
        }

        // every edge is a line from the centre of one of its nodes to the centre of the other
        @Test
        void each_edge_joins_the_centres_of_its_nodes() {
            SvgDocument svg = plot(Language.ENGLISH);
            double[][] centres = centres(svg);
            List<Element> lines = SvgDocument.all(svg.withClass("g", "edges").get(0), "line");
            assertThat(lines).hasSize(EDGES.length);
            for (int e = 0; e < EDGES.length; e++) {
                Element line = lines.get(e);
                assertThat(SvgDocument.number(line, "x1")).isEqualTo(centres[EDGES[e][0]][0]);
                assertThat(SvgDocument.number(line, "y1")).isEqualTo(centres[EDGES[e][0]][1]);
                assertThat(SvgDocument.number(line, "x2")).isEqualTo(centres[EDGES[e][1]][0]);
                assertThat(SvgDocument.number(line, "y2")).isEqualTo(centres[EDGES[e][1]][1]);
            }
        }

        // stress layout: the mean length of an edge < the mean distance between two nodes not joined
        @Test
        void joined_nodes_are_drawn_closer_than_others() {
            double[][] centres = centres(plot(Language.ENGLISH));
            boolean[][] joined = new boolean[NODES][NODES];
            double edgeLength = 0;
            for (int[] edge : EDGES) {
                joined[edge[0]][edge[1]] = true;
                edgeLength += distance(centres[edge[0]], centres[edge[1]]) / EDGES.length;
            }
            double apart = 0;
            int pairs = 0;
            for (int i = 0; i < NODES; i++) {
                for (int j = i + 1; j < NODES; j++) {
                    if (!joined[i][j]) {
                        apart += distance(centres[i], centres[j]);
                        pairs++;
                    }
                }
            }
            assertThat(edgeLength).isLessThan(apart / pairs);
        }

        // no two discs overlap (centres two radii apart), even for two joined hubs with 30 common
        // neighbours, which stress majorization alone draws 17 px apart
        @Test
        void no_two_nodes_overlap() {
            int nodes = 32;
            List<int[]> edges = new ArrayList<>();
            edges.add(new int[] {0, 1});
            for (int leaf = 2; leaf < nodes; leaf++) {
                edges.add(new int[] {0, leaf});
                edges.add(new int[] {1, leaf});
            }
            double[][] centres = centres(SvgDocument.parse(Plots.graph("hubs", nodes, edges.toArray(new int[0][]),
                    new int[nodes], new boolean[nodes], Language.ENGLISH)));
            for (int i = 0; i < nodes; i++) {
                for (int j = i + 1; j < nodes; j++) {
                    assertThat(distance(centres[i], centres[j])).as("nodes %d and %d", i, j).isGreaterThanOrEqualTo(22);
                }
            }
        }

        // given positions keep their proportions, y upwards: (0,0), (2,0), (0,1) ⇒ |0→1| = 2 |0→2|, 2 above 0
        @Test
        void given_positions_keep_their_proportions() {
            double[][] positions = {{0, 0}, {2, 0}, {0, 1}};
            double[][] centres = centres(SvgDocument.parse(Plots.graph("embedding", positions, new int[][] {{0, 1}},
                    new int[3], new boolean[3], Language.ENGLISH)));
            double across = distance(centres[0], centres[1]);
            double up = distance(centres[0], centres[2]);
            assertThat(across).isCloseTo(2 * up, within(3 * LossCurveChecks.PIXEL));
            assertThat(centres[2][1]).isLessThan(centres[0][1]);
            assertThat(centres[1][1]).isCloseTo(centres[0][1], within(LossCurveChecks.PIXEL));
        }
    }

    @Nested
    class Languages {

        // legend and hover text in the drawing's language
        @Test
        void the_legend_follows_the_language() {
            assertThat(plot(Language.ENGLISH).visibleTexts()).contains("class 0", "class 1", "labelled (training)");
            SvgDocument spanish = plot(Language.SPANISH);
            assertThat(spanish.visibleTexts()).contains("clase 0", "clase 1", "etiquetado (entrenamiento)");
            assertThat(SvgDocument.title(spanish.withClass("g", "node").get(0))).isEqualTo("nodo 0, clase 0, etiquetado (entrenamiento)");
        }

        // with no labelled node, no legend for labelled nodes
        @Test
        void no_labelled_nodes_no_ring_in_the_legend() {
            SvgDocument svg = SvgDocument.parse(Plots.graph("t", NODES, EDGES, CLASSES, new boolean[NODES], Language.ENGLISH));
            assertThat(svg.visibleTexts()).doesNotContain("labelled (training)");
        }
    }

    @Nested
    class Errors {

        // an edge from a node to itself is refused
        @Test
        void a_self_loop_is_refused() {
            assertThatThrownBy(() -> Plots.graph("t", 3, new int[][] {{0, 1}, {2, 2}}, new int[3], new boolean[3], Language.ENGLISH))
                    .hasMessage("edges[1] joins node 2 to itself; give only edges between two different nodes.");
        }

        // an edge is a pair of nodes
        @Test
        void an_edge_must_be_a_pair() {
            assertThatThrownBy(() -> Plots.graph("t", 3, new int[][] {{0, 1, 2}}, new int[3], new boolean[3], Language.ENGLISH))
                    .hasMessage("edges[0] has 3 numbers; give two, the nodes it joins.");
        }

        // an edge to a node that does not exist is refused
        @Test
        void an_edge_to_a_missing_node_is_refused() {
            assertThatThrownBy(() -> Plots.graph("t", 3, new int[][] {{0, 3}}, new int[3], new boolean[3], Language.SPANISH))
                    .hasMessage("edges[0][1] es 3; debe estar entre 0 y 2.");
        }

        // more classes than colours are refused
        @Test
        void a_class_without_a_colour_is_refused() {
            assertThatThrownBy(() -> Plots.graph("t", 2, new int[][] {{0, 1}}, new int[] {0, 6}, new boolean[2], Language.ENGLISH))
                    .hasMessage("classes[1] is 6; it must be between 0 and 5.");
        }
    }
}
