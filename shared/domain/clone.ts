/** A deep copy of JSON-shaped data (documents are JSON by construction); structuredClone is not in every runtime's types. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
