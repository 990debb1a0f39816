/**
 * Keeps one small instance of a class for the life of the program, so that V8 keeps the class's
 * hidden class — and with it the optimised code of the methods that work on its instances (#21).
 *
 * V8 gives the instances of a class a hidden class ("map") by the fields their constructor adds,
 * one after the other; the maps after the first are reachable from it only through weak links.
 * When every instance of a run dies in a full collection — a table scored, its report planned,
 * the results dropped — those maps die too, and V8 throws away every method it had optimised
 * against them (`node --trace-deopt`: "marking dependent code … for deoptimization, reason: weak
 * objects"). The next run then interprets and re-optimises them: at 10 000 units the first run
 * after a full collection took 2–3× as long as the one after it. One instance kept alive holds the
 * map, and the next run's instances, made the same way, take the same one.
 *
 * The instance kept is made from empty inputs: it holds no table (the compiled scheme's, the first
 * scheme run: a few KB).
 * test/core/keep-shape.test.ts checks that the kept classes' methods survive a full collection.
 *
 * @example keepShape(new CodedTexts(0)); // beside the class, once, when its module loads
 * @example keepShapeOnce(TableOrder, () => new TableOrder(scheme, rowList([]))); // in its constructor
 */
const kept: object[] = [];
const keptKinds = new Set<object>();

export function keepShape(instance: object): void {
  kept.push(instance);
}

/**
 * The same for a class whose empty instance needs what only a run has (a scheme): made by `make`
 * the first time a run makes one of `kind` (its constructor calls this), never again.
 */
export function keepShapeOnce(kind: object, make: () => object): void {
  if (keptKinds.has(kind)) return;
  keptKinds.add(kind); // before make(): its constructor calls this again
  kept.push(make());
}
