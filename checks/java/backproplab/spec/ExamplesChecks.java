package backproplab.spec;

import static backproplab.Close.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import org.junit.jupiter.api.Test;

/**
 * Fixed examples next to the laws, each with where its numbers come from: a closed form worked out
 * in the comment, or a PyTorch run quoted from the project that made it.
 */
class ExamplesChecks {

    // the notebook's first cell: w = a·(v + b) at a=2, b=1, v=3 (closed form: ∂w/∂a = v + b, ∂w/∂v = ∂w/∂b = a)
    @Test
    void the_notebook_linear_cell() {
        Leaf a = Leaf.of("a", 2);
        Leaf b = Leaf.of("b", 1);
        Leaf v = Leaf.of("v", 3);
        Node w = a.mul(v.add(b));
        Gradients g = ReverseMode.gradients(w);
        assertThat(w.value()).isEqualTo(8.0);
        assertThat(g.of(a)).isEqualTo(4.0);
        assertThat(g.of(v)).isEqualTo(2.0);
        assertThat(g.of(b)).isEqualTo(2.0);
    }

    // the notebook's non-linear cell: y = sin(av) + eᵇ, z = y² (closed form: ∂z/∂a = 2y·cos(av)·v, ∂z/∂b = 2y·eᵇ, ∂z/∂v = 2y·cos(av)·a)
    @Test
    void the_notebook_non_linear_cell() {
        Leaf a = Leaf.of("a", 2);
        Leaf b = Leaf.of("b", 1);
        Leaf v = Leaf.of("v", 3);
        Node z = a.mul(v).sin().add(b.exp()).pow(2);
        Gradients g = ReverseMode.gradients(z);
        double y = Math.sin(6) + Math.exp(1);
        assertClose(y * y, z.value(), "z");
        assertClose(2 * y * Math.cos(6) * 3, g.of(a), "∂z/∂a");
        assertClose(2 * y * Math.exp(1), g.of(b), "∂z/∂b");
        assertClose(2 * y * Math.cos(6) * 2, g.of(v), "∂z/∂v");
    }

    // micrograd's test_sanity_check, checked there against PyTorch in float64: y = −20, dy/dx = 46
    @Test
    void micrograd_sanity_check() {
        // z = 3x + 2 = −10; q = relu(z) + z·x = 0 + 40; h = relu(z²) = 100; y = h + q + q·x = −20
        // dy/dx = 2z·3 + (3x + z) + (3x + z)·x + q = −60 − 22 + 88 + 40 = 46
        Leaf x = Leaf.of("x", -4.0);
        Node z = x.mul(2).add(2).add(x);
        Node q = z.relu().add(z.mul(x));
        Node h = z.mul(z).relu();
        Node y = h.add(q).add(q.mul(x));
        assertThat(y.value()).isEqualTo(-20.0);
        assertThat(ReverseMode.gradients(y).of(x)).isEqualTo(46.0);
    }

    // micrograd's test_more_ops, checked there against PyTorch: g = 2421/98, dg/da = 47620/343, dg/db = 221433/343
    @Test
    void micrograd_more_ops() {
        Leaf a = Leaf.of("a", -4.0);
        Leaf b = Leaf.of("b", 2.0);
        Node c = a.add(b);
        Node d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(Node.constant(1).add(c).add(a.neg()));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(d.mul(3).add(b.sub(a).relu()));
        Node e = c.sub(d);
        Node f = e.pow(2);
        Node g = f.div(2.0);
        g = g.add(Node.constant(10.0).div(f));
        Gradients gradients = ReverseMode.gradients(g);
        assertClose(2421.0 / 98, g.value(), "g");
        assertClose(47620.0 / 343, gradients.of(a), "dg/da");
        assertClose(221433.0 / 343, gradients.of(b), "dg/db");
    }

    // micrograd #64: a = 1, b = a + a, c = b + b ⇒ dc/da = 4 (two paths of weight 1·1 into b, b used twice)
    @Test
    void a_doubled_twice_has_gradient_four() {
        Leaf a = Leaf.of("a", 1.0);
        Node b = a.add(a);
        Node c = b.add(b);
        assertThat(ReverseMode.gradients(c).of(a)).isEqualTo(4.0);
    }

    // micrograd #68: a=2, b=3, c=a+b, d=a·b, e=c+d, f=c·d, y=e+f ⇒ dy/da = 1 + b + ab + (a+b)b = 25, dy/db = 1 + a + ab + (a+b)a = 19
    @Test
    void shared_sums_and_products_give_25_and_19() {
        Leaf a = Leaf.of("a", 2.0);
        Leaf b = Leaf.of("b", 3.0);
        Node c = a.add(b);
        Node d = a.mul(b);
        Node y = c.add(d).add(c.mul(d));
        Gradients g = ReverseMode.gradients(y);
        assertThat(g.of(a)).isEqualTo(25.0);
        assertThat(g.of(b)).isEqualTo(19.0);
    }
}
