/**
 * A pure function of one object, worked out once per object: ranking judges the same workers and offers against
 * many others. Matching inputs are not changed in place (a change is a new object), and results are read only
 * (or, for a cache kept per object, only added to).
 */
export function memoByObject<I extends object, O>(compute: (input: I) => O): (input: I) => O {
  const known = new WeakMap<I, O>();
  return (input) => {
    let output = known.get(input);
    if (output === undefined) {
      output = compute(input);
      known.set(input, output);
    }
    return output;
  };
}
