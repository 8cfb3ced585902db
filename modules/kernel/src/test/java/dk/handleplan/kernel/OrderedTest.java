package dk.handleplan.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedTest {

    /** A minimal sibling; identity equality, as entities without ids would have. */
    private static final class Item implements Ordered {
        private int position;

        Item(int position) {
            this.position = position;
        }

        @Override
        public int getPosition() {
            return position;
        }

        @Override
        public void setPosition(int position) {
            this.position = position;
        }
    }

    private static List<Integer> positions(List<Item> items) {
        return items.stream().map(Item::getPosition).toList();
    }

    @Test
    void movingUpSwapsPositionsWithThePreviousSibling() {
        Item a = new Item(1);
        Item b = new Item(2);
        Item c = new Item(3);
        List<Item> siblings = List.of(a, b, c);

        Ordered.move(siblings, b, Ordered.Direction.UP);

        assertEquals(List.of(2, 1, 3), positions(siblings));
    }

    @Test
    void movingDownSwapsPositionsWithTheNextSibling() {
        Item a = new Item(1);
        Item b = new Item(2);
        Item c = new Item(3);
        List<Item> siblings = List.of(a, b, c);

        Ordered.move(siblings, b, Ordered.Direction.DOWN);

        assertEquals(List.of(1, 3, 2), positions(siblings));
    }

    @Test
    void movingSwapsTheActualPositionValuesEvenWithGaps() {
        Item a = new Item(10);
        Item b = new Item(20);
        Item c = new Item(35);
        List<Item> siblings = List.of(a, b, c);

        Ordered.move(siblings, c, Ordered.Direction.UP);

        assertEquals(List.of(10, 35, 20), positions(siblings));
    }

    @Test
    void movingTheFirstUpChangesNothing() {
        List<Item> siblings = List.of(new Item(1), new Item(2), new Item(3));

        Ordered.move(siblings, siblings.get(0), Ordered.Direction.UP);

        assertEquals(List.of(1, 2, 3), positions(siblings));
    }

    @Test
    void movingTheLastDownChangesNothing() {
        List<Item> siblings = List.of(new Item(1), new Item(2), new Item(3));

        Ordered.move(siblings, siblings.get(2), Ordered.Direction.DOWN);

        assertEquals(List.of(1, 2, 3), positions(siblings));
    }

    @Test
    void movingAnOnlyChildChangesNothing() {
        Item only = new Item(4);

        Ordered.move(List.of(only), only, Ordered.Direction.DOWN);
        Ordered.move(List.of(only), only, Ordered.Direction.UP);

        assertEquals(4, only.getPosition());
    }

    @Test
    void movingAnElementThatIsNotAmongTheSiblingsChangesNothing() {
        List<Item> siblings = List.of(new Item(1), new Item(2));
        Item stranger = new Item(7);

        Ordered.move(siblings, stranger, Ordered.Direction.DOWN);

        assertEquals(List.of(1, 2), positions(siblings));
        assertEquals(7, stranger.getPosition());
    }

    @Test
    void movingUpThenDownAmongReSortedSiblingsRestoresTheOriginalPositions() {
        Item a = new Item(1);
        Item b = new Item(2);
        Item c = new Item(3);

        Ordered.move(sorted(a, b, c), b, Ordered.Direction.UP);
        Ordered.move(sorted(a, b, c), b, Ordered.Direction.DOWN);

        assertEquals(List.of(1, 2, 3), positions(List.of(a, b, c)));
    }

    private static List<Item> sorted(Item... items) {
        return java.util.Arrays.stream(items).sorted(java.util.Comparator.comparingInt(Item::getPosition)).toList();
    }

    @Test
    void nextPositionIsOneAfterTheHighest() {
        assertEquals(8, Ordered.nextPosition(List.of(new Item(3), new Item(7), new Item(5))));
    }

    @Test
    void nextPositionOfNoSiblingsIsOne() {
        assertEquals(1, Ordered.nextPosition(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "UP", "Up", "uP"})
    void directionUpIsParsedInAnyCase(String text) {
        assertEquals(Ordered.Direction.UP, Ordered.Direction.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"down", "DOWN", "Down"})
    void directionDownIsParsedInAnyCase(String text) {
        assertEquals(Ordered.Direction.DOWN, Ordered.Direction.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"left", "upp", "op", "ned", "1"})
    void anyOtherDirectionIsRejectedNamingTheDirectionField(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Ordered.Direction.parse(text));
        assertEquals(1, e.errors().size());
        assertEquals("direction", e.errors().get(0).field());
    }
}
