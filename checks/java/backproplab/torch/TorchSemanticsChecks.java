package backproplab.torch;

import static backproplab.torch.Torch.REQUIRES_GRAD;
import static backproplab.torch.Torch.exp;
import static backproplab.torch.Torch.noGrad;
import static backproplab.torch.Torch.sin;
import static backproplab.torch.Torch.tensor;
import static org.assertj.core.api.Assertions.assertThat;

import backproplab.WithLanguage;
import backproplab.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's autograd semantics, as the notebook uses them. Expected values are small integers
 * worked out by hand from the chain rule (each test says how), or PyTorch's documented behaviour.
 */
@SuppressWarnings("try") // a no-grad scope is used for its effect, like PyTorch's with torch.no_grad()
class TorchSemanticsChecks {

    @Nested
    class Accumulation {

        @Test
        void two_backward_calls_add_the_gradient_twice() {
            // micrograd #53/#54: a=3, b=2, c=a+b, d=1, e=c·d; ∂e/∂a = ∂e/∂b = d = 1, ∂e/∂d = c = 5
            Tensor a = tensor(3.0, REQUIRES_GRAD);
            Tensor b = tensor(2.0, REQUIRES_GRAD);
            Tensor d = tensor(1.0, REQUIRES_GRAD);
            Tensor e = a.add(b).mul(d);
            e.backward();
            e.backward();
            assertThat(a.grad()).isEqualTo(2.0);
            assertThat(b.grad()).isEqualTo(2.0);
            assertThat(d.grad()).isEqualTo(10.0);
        }

        @Test
        void k_backward_calls_give_k_times_the_gradient() {
            // w = a·(v + b) at a=2, b=1, v=3: ∂w/∂a = 4, so after k calls a.grad = 4k
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor w = a.mul(tensor(3.0, REQUIRES_GRAD).add(tensor(1.0, REQUIRES_GRAD)));
            for (int k = 1; k <= 5; k++) {
                w.backward();
                assertThat(a.grad()).isEqualTo(4.0 * k);
            }
        }

        @Test
        void gradients_from_different_outputs_add_up() {
            // ∂(a·a)/∂a = 2a = 6, then ∂(3a)/∂a = 3: a.grad = 9
            Tensor a = tensor(3.0, REQUIRES_GRAD);
            a.mul(a).backward();
            a.mul(3).backward();
            assertThat(a.grad()).isEqualTo(9.0);
        }

        @Test
        void zero_grad_resets_a_gradient_to_zero() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            a.mul(5).backward();
            a.zeroGrad();
            assertThat(a.grad()).isEqualTo(0.0);
            a.mul(5).backward();
            assertThat(a.grad()).isEqualTo(5.0);
        }

        @Test
        void zero_grad_on_an_undefined_gradient_leaves_it_undefined() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            a.zeroGrad();
            assertThat(a.grad()).isNull();
        }

        @Test
        void the_readme_lists_zeroing_an_undefined_gradient_among_the_deliberate_differences() throws IOException {
            // PyTorch raises on a.grad.zero_() while a.grad is None; the README must say that zeroGrad() does not (issue 12)
            String readme = Files.readString(Path.of("README.md"));
            int start = readme.indexOf("## Deliberate differences from PyTorch");
            String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
            assertThat(section).contains("AttributeError: 'NoneType' object has no attribute 'zero_'", "`a.zeroGrad()` does nothing");
        }

        @Test
        void a_leaf_the_output_does_not_depend_on_gets_no_gradient() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor unused = tensor(7.0, REQUIRES_GRAD);
            a.mul(a).backward();
            assertThat(unused.grad()).isNull();
        }

        @Test
        void backward_does_not_change_any_value() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor y = sin(a).add(exp(a));
            double before = y.item();
            y.backward();
            y.backward();
            assertThat(y.item()).isEqualTo(before);
            assertThat(a.item()).isEqualTo(2.0);
        }
    }

    @Nested
    class Requires_grad {

        @Test
        void an_operation_with_an_input_that_requires_grad_is_recorded() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor c = tensor(3.0);
            Tensor y = a.mul(c);
            assertThat(y.requiresGrad()).isTrue();
            assertThat(y.isLeaf()).isFalse();
            assertThat(y.gradFn()).isEqualTo("MulBackward0");
        }

        @Test
        void an_operation_on_tensors_that_do_not_require_grad_is_a_leaf_without_grad() {
            Tensor y = tensor(2.0).mul(tensor(3.0)).sin();
            assertThat(y.requiresGrad()).isFalse();
            assertThat(y.isLeaf()).isTrue();
            assertThat(y.gradFn()).isNull();
            assertThat(y.item()).isEqualTo(Math.sin(6.0));
        }

        @Test
        void a_leaf_that_does_not_require_grad_gets_no_gradient() {
            // w = a·c with c constant: ∂w/∂a = c = 3, and c.grad stays None as in PyTorch
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor c = tensor(3.0);
            a.mul(c).backward();
            assertThat(a.grad()).isEqualTo(3.0);
            assertThat(c.grad()).isNull();
        }

        @Test
        void leaves_created_by_the_user_are_leaves() {
            assertThat(tensor(1.0, REQUIRES_GRAD).isLeaf()).isTrue();
            assertThat(tensor(1.0).isLeaf()).isTrue();
            assertThat(tensor(1.0, REQUIRES_GRAD).requiresGrad()).isTrue();
            assertThat(tensor(1.0).requiresGrad()).isFalse();
        }
    }

    @Nested
    class Non_leaf_gradients {

        @Test
        void a_non_leaf_has_no_grad_after_backward() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor u = a.add(1);
            u.mul(a).backward();
            assertThat(u.grad()).isNull();
        }

        @Test
        void a_retained_non_leaf_accumulates_its_gradient() {
            // w = a·u with u = v + b at a=2: ∂w/∂u = a = 2, twice gives 4
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor u = tensor(3.0, REQUIRES_GRAD).add(tensor(1.0, REQUIRES_GRAD)).retainGrad();
            Tensor w = a.mul(u);
            w.backward();
            assertThat(u.grad()).isEqualTo(2.0);
            w.backward();
            assertThat(u.grad()).isEqualTo(4.0);
        }

        @Test
        void retain_grad_on_a_leaf_changes_nothing() {
            Tensor a = tensor(2.0, REQUIRES_GRAD).retainGrad();
            a.mul(a).backward();
            assertThat(a.grad()).isEqualTo(4.0);
        }
    }

    @Nested
    class Detach_and_no_grad {

        @Test
        void nothing_flows_into_a_detached_value() {
            // z = a·detach(a): the detached factor is a constant 3, so ∂z/∂a = 3 (not 2a = 6)
            Tensor a = tensor(3.0, REQUIRES_GRAD);
            Tensor d = a.detach();
            assertThat(d.requiresGrad()).isFalse();
            assertThat(d.isLeaf()).isTrue();
            assertThat(d.item()).isEqualTo(3.0);
            a.mul(d).backward();
            assertThat(a.grad()).isEqualTo(3.0);
        }

        @Test
        void operations_inside_no_grad_are_not_recorded() {
            Tensor a = tensor(3.0, REQUIRES_GRAD);
            Tensor c;
            try (NoGrad scope = noGrad()) {
                c = a.mul(a);
            }
            assertThat(c.requiresGrad()).isFalse();
            assertThat(c.isLeaf()).isTrue();
            assertThat(c.item()).isEqualTo(9.0);
            // z = a·c with c a constant 9 outside the graph: ∂z/∂a = 9 (not 3a² = 27)
            a.mul(c).backward();
            assertThat(a.grad()).isEqualTo(9.0);
        }

        @Test
        void a_no_grad_scope_open_in_another_thread_does_not_stop_recording_in_this_one() throws InterruptedException {
            // each thread has its own scopes, as PyTorch's grad mode is thread-local
            Tensor a = tensor(3.0, REQUIRES_GRAD);
            CountDownLatch open = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                try (NoGrad scope = noGrad()) {
                    open.countDown();
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            other.start();
            open.await();
            try {
                assertThat(a.mul(2).requiresGrad()).isTrue();
            } finally {
                done.countDown();
                other.join();
            }
        }

        @Test
        void recording_resumes_after_the_no_grad_scope_and_scopes_nest() {
            Tensor a = tensor(3.0, REQUIRES_GRAD);
            try (NoGrad outer = noGrad()) {
                try (NoGrad inner = noGrad()) {
                    assertThat(a.mul(2).requiresGrad()).isFalse();
                }
                assertThat(a.mul(2).requiresGrad()).isFalse();
            }
            assertThat(a.mul(2).requiresGrad()).isTrue();
        }

        @Test
        void closing_a_no_grad_scope_twice_does_not_reopen_recording_elsewhere() {
            Tensor a = tensor(3.0, REQUIRES_GRAD);
            NoGrad scope = noGrad();
            scope.close();
            scope.close();
            assertThat(a.mul(2).requiresGrad()).isTrue();
        }
    }

    @Nested
    class Printing {

        @Test
        void tensors_print_as_pytorch_prints_them() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            assertThat(a).hasToString("tensor(2.0, requires_grad=True)");
            assertThat(tensor(1.5)).hasToString("tensor(1.5)");
            assertThat(a.mul(4)).hasToString("tensor(8.0, grad_fn=<MulBackward0>)");
        }

        @Test
        void every_torch_function_is_the_tensor_method_of_the_same_name() {
            Tensor a = tensor(0.5, REQUIRES_GRAD);
            Tensor b = tensor(1.5, REQUIRES_GRAD);
            Map<String, Tensor> functions = new java.util.LinkedHashMap<>();
            functions.put("SinBackward0", Torch.sin(a));
            functions.put("CosBackward0", Torch.cos(a));
            functions.put("TanBackward0", Torch.tan(a));
            functions.put("ExpBackward0", Torch.exp(a));
            functions.put("LogBackward0", Torch.log(a));
            functions.put("SqrtBackward0", Torch.sqrt(a));
            functions.put("TanhBackward0", Torch.tanh(a));
            functions.put("SigmoidBackward0", Torch.sigmoid(a));
            functions.put("ReluBackward0", Torch.relu(a));
            functions.put("AbsBackward0", Torch.abs(a));
            functions.put("SignBackward0", Torch.sign(a));
            functions.put("PowBackward0", Torch.pow(a, 3));
            functions.put("PowBackward1", Torch.pow(a, b));
            functions.put("DivBackward0", a.div(4));
            functions.put("SubBackward0", a.sub(b));
            functions.put("NegBackward0", a.neg());
            double[] values = {Math.sin(0.5), Math.cos(0.5), Math.tan(0.5), Math.exp(0.5), Math.log(0.5), Math.sqrt(0.5),
                Math.tanh(0.5), 1 / (1 + Math.exp(-0.5)), 0.5, 0.5, 1, Math.pow(0.5, 3), Math.pow(0.5, 1.5), 0.125, -1, -0.5};
            int k = 0;
            for (Map.Entry<String, Tensor> function : functions.entrySet()) {
                assertThat(function.getValue().gradFn()).isEqualTo(function.getKey());
                assertThat(function.getValue().item()).as(function.getKey()).isEqualTo(values[k++]);
            }
        }

        @Test
        void grad_fn_names_follow_pytorch() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            assertThat(a.pow(2).gradFn()).isEqualTo("PowBackward0");
            assertThat(a.pow(a).gradFn()).isEqualTo("PowBackward1");
            assertThat(a.add(a).gradFn()).isEqualTo("AddBackward0");
            assertThat(a.sin().gradFn()).isEqualTo("SinBackward0");
            assertThat(a.sigmoid().gradFn()).isEqualTo("SigmoidBackward0");
            assertThat(a.gradFn()).isNull();
        }
    }

    @Nested
    class Errors {

        @Test
        void backward_on_a_leaf_without_grad_says_how_to_create_one() {
            assertThat(WithLanguage.messageOf(Language.ENGLISH, () -> tensor(2.0).backward()))
                    .isEqualTo("backward() was called on tensor(2.0), a leaf that does not require grad, so there is "
                            + "nothing to differentiate. Create it with tensor(value, REQUIRES_GRAD) if you want its gradient.");
            assertThat(WithLanguage.messageOf(Language.SPANISH, () -> tensor(2.0).backward()))
                    .isEqualTo("Se llamó a backward() sobre tensor(2.0), una hoja que no requiere gradiente, así que no "
                            + "hay nada que derivar. Créala con tensor(valor, REQUIRES_GRAD) si quieres su gradiente.");
        }

        @Test
        void backward_on_an_unrecorded_result_says_to_create_inputs_with_grad() {
            Runnable call = () -> tensor(2.0).mul(tensor(3.0)).backward();
            assertThat(WithLanguage.messageOf(Language.ENGLISH, call))
                    .startsWith("backward() was called on tensor(6.0), which was computed only from tensors that do not require grad")
                    .endsWith("Create the inputs you want gradients for with tensor(value, REQUIRES_GRAD).");
            assertThat(WithLanguage.messageOf(Language.SPANISH, call))
                    .startsWith("Se llamó a backward() sobre tensor(6.0), que se calculó solo con tensores que no requieren gradiente");
        }

        @Test
        void backward_on_a_no_grad_result_says_to_leave_the_scope() {
            Tensor a = tensor(2.0, REQUIRES_GRAD);
            Tensor c;
            try (NoGrad scope = noGrad()) {
                c = a.mul(2);
            }
            assertThat(WithLanguage.messageOf(Language.ENGLISH, c::backward))
                    .isEqualTo("backward() was called on tensor(4.0), which was computed inside noGrad(), where nothing "
                            + "is recorded. Compute it outside the noGrad() block.");
            assertThat(WithLanguage.messageOf(Language.SPANISH, c::backward))
                    .contains("dentro de noGrad()").endsWith("Calcúlalo fuera del bloque noGrad().");
        }

        @Test
        void backward_on_a_detached_value_says_where_the_graph_is() {
            Tensor d = tensor(2.0, REQUIRES_GRAD).detach();
            assertThat(WithLanguage.messageOf(Language.ENGLISH, d::backward))
                    .isEqualTo("backward() was called on tensor(2.0), which comes from detach() and is cut from the graph. "
                            + "Call backward() on the tensor you detached it from.");
            assertThat(WithLanguage.messageOf(Language.SPANISH, d::backward)).contains("viene de detach()");
        }

        @Test
        void retain_grad_on_a_value_without_grad_says_why_it_is_useless() {
            assertThat(WithLanguage.messageOf(Language.ENGLISH, () -> tensor(2.0).retainGrad()))
                    .startsWith("retainGrad() was called on tensor(2.0), which does not require grad");
            assertThat(WithLanguage.messageOf(Language.SPANISH, () -> tensor(2.0).retainGrad()))
                    .startsWith("Se llamó a retainGrad() sobre tensor(2.0), que no requiere gradiente");
        }
    }
}
