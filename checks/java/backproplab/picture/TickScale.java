package backproplab.picture;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * An axis of a plot as a reader reads it: from two of its tick labels and where they are written,
 * the pixel of any data value. Tick labels of the x axis are centred under their grid line; those
 * of the y axis end at its left ({@code text-anchor="end"}) and sit 4 px below their grid line.
 */
record TickScale(double value0, double pixel0, double value1, double pixel1, List<Double> ticks) {

    /** The x axis (across) or the y axis (up) of a plot's grid. */
    static TickScale read(SvgDocument svg, boolean across) {
        List<Double> values = new ArrayList<>();
        List<Double> pixels = new ArrayList<>();
        for (Element text : SvgDocument.all(svg.withClass("g", "grid").get(0), "text")) {
            boolean isY = "end".equals(text.getAttribute("text-anchor"));
            if (isY != across) {
                values.add(Double.parseDouble(text.getTextContent()));
                pixels.add(across ? SvgDocument.number(text, "x") : SvgDocument.number(text, "y") - 4);
            }
        }
        int last = values.size() - 1;
        return new TickScale(values.get(0), pixels.get(0), values.get(last), pixels.get(last), List.copyOf(values));
    }

    /** The pixel of {@code value}, by the straight line through the first and the last tick. */
    double pixel(double value) {
        return pixel0 + (value - value0) / (value1 - value0) * (pixel1 - pixel0);
    }
}
