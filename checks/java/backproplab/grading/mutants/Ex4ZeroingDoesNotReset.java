package backproplab.grading.mutants;

import backproplab.grading.reference.Reference4Accumulation;

/** Exercise 4, zeroGrad() that forgets to do anything. */
public final class Ex4ZeroingDoesNotReset extends Reference4Accumulation {

    @Override
    public void zeroGrad() {
        // forgot to reset
    }
}
