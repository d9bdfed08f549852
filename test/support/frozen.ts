/**
 * `value` frozen to its depth, and returned: a fixture a test file makes once and shares among its tests,
 * which then cannot change it for one another (a change in place throws). For plain data, objects and
 * arrays (a Map or a Set is refused: freezing cannot keep their contents); an object frozen already is
 * taken as frozen to its depth, which keeps a summary of thousands of units (a million objects) under a
 * second.
 */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

function freezeTree(value: object): void {
  if (value instanceof Map || value instanceof Set)
    throw new TypeError("frozen: a Map or a Set stays changeable");
  // Frozen before its contents are visited: an object met again, or a cycle, is then passed over.
  Object.freeze(value);
  for (const item of Array.isArray(value) ? value : Object.values(value))
    if (item !== null && typeof item === "object" && !Object.isFrozen(item)) freezeTree(item as object);
}
