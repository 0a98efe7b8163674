/** Filling a translated message without calling the translator each time (see grid/cell-texts.ts for why). */
/** A message with two slots (in either order) as a function of the two values. */
export function template(message: string, first: string, second: string): (a: string, b: string) => string {
  const at = (name: string) => message.indexOf(`{{${name}}}`);
  const swapped = at(second) >= 0 && at(second) < at(first);
  const [x, y] = swapped ? [second, first] : [first, second];
  const [head = '', rest = ''] = message.split(`{{${x}}}`);
  const [middle = '', tail = ''] = rest.split(`{{${y}}}`);
  return swapped ? (a, b) => head + b + middle + a + tail : (a, b) => head + a + middle + b + tail;
}
