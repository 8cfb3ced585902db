package dk.handleplan.kernel;

import java.util.List;

/** An element with a position among its siblings (sections of a plan, goals of a section, ...). */
public interface Ordered {

    int getPosition();

    void setPosition(int position);

    /** Which way to move an element among its siblings. */
    enum Direction {
        UP, DOWN;

        public static Direction parse(String text) {
            if ("up".equalsIgnoreCase(text)) {
                return UP;
            }
            if ("down".equalsIgnoreCase(text)) {
                return DOWN;
            }
            throw ValidationException.of("direction", "must be 'up' or 'down'");
        }
    }

    /**
     * Swaps the element with its neighbour in the given direction. Does nothing at either end.
     *
     * @param siblings all active siblings, in position order, including the element itself
     */
    static <T extends Ordered> void move(List<T> siblings, T element, Direction direction) {
        int index = siblings.indexOf(element);
        int neighbour = direction == Direction.UP ? index - 1 : index + 1;
        if (index < 0 || neighbour < 0 || neighbour >= siblings.size()) {
            return;
        }
        T other = siblings.get(neighbour);
        int position = element.getPosition();
        element.setPosition(other.getPosition());
        other.setPosition(position);
    }

    /** The position for a new element placed after the given siblings. */
    static int nextPosition(List<? extends Ordered> siblings) {
        return siblings.stream().mapToInt(Ordered::getPosition).max().orElse(0) + 1;
    }
}
