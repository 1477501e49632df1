/**
 * Built-in data is shared by every element on the page and by hosts that extend it, so it is frozen
 * all the way down: a host that edits an entry gets an error in strict code instead of silently
 * changing every picker's directory.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
