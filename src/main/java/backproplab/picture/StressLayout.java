package backproplab.picture;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Positions for the nodes of an undirected graph, with Eclipse ELK's stress majorization (Gansner,
 * Koren and North, "Graph drawing by stress majorization", 2004): the distance between two nodes
 * in the drawing is made as close as it can be to their distance in the graph, so that clusters
 * are drawn as clusters. ELK starts from a force-directed layout with a fixed random seed, so the
 * same graph always gets the same positions. Separate components are laid out side by side.
 */
final class StressLayout {

    /** The seed of ELK's initial force-directed layout: any fixed number makes pictures reproducible. */
    private static final int SEED = 1;

    /** The length ELK aims for between two joined nodes. */
    private static final double EDGE = 60;

    /** The least distance left between two centres: room for two discs and a gap at the edge length's scale. */
    static final double CLOSEST = 0.6 * EDGE;

    /** Sweeps of {@link #separate}; each moves every too-close pair apart, and a few suffice. */
    private static final int SWEEPS = 50;

    private StressLayout() {
    }

    /** The centre (x, y) of each of {@code nodes} nodes joined by {@code edges} (pairs of node indices). */
    static double[][] positions(int nodes, int[][] edges) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.RANDOM_SEED, SEED);
        graph.setProperty(StressOptions.DESIRED_EDGE_LENGTH, EDGE);
        List<ElkNode> elk = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setDimensions(20, 20);
            elk.add(node);
        }
        for (int[] edge : edges) {
            ElkGraphUtil.createSimpleEdge(elk.get(edge[0]), elk.get(edge[1]));
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        double[][] centres = new double[nodes][];
        for (int i = 0; i < nodes; i++) {
            ElkNode node = elk.get(i);
            centres[i] = new double[] {node.getX() + node.getWidth() / 2, node.getY() + node.getHeight() / 2};
        }
        separate(centres);
        return centres;
    }

    /**
     * Moves apart every two centres closer than {@link #CLOSEST}, each by half of what is missing,
     * along the line that joins them. Stress majorization puts two hubs with many common
     * neighbours (the karate club's 32 and 33) almost on top of each other; this leaves the rest of
     * the layout as it was.
     */
    static void separate(double[][] centres) {
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean moved = false;
            for (int i = 0; i < centres.length; i++) {
                for (int j = i + 1; j < centres.length; j++) {
                    double dx = centres[j][0] - centres[i][0];
                    double dy = centres[j][1] - centres[i][1];
                    double distance = Math.hypot(dx, dy);
                    if (distance >= CLOSEST) {
                        continue;
                    }
                    if (distance == 0) {
                        dx = 1;
                        distance = 1;
                    }
                    double push = (CLOSEST - Math.hypot(centres[j][0] - centres[i][0], centres[j][1] - centres[i][1])) / 2;
                    centres[i][0] -= dx / distance * push;
                    centres[i][1] -= dy / distance * push;
                    centres[j][0] += dx / distance * push;
                    centres[j][1] += dy / distance * push;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }
}
