/** The keys of `Shape` that `Of` leaves out, or declares with a type `Shape` does not accept. */
type Undeclared<Shape, Of> =
  | Exclude<keyof Shape, keyof Of>
  | { [K in keyof Shape & keyof Of]: Exclude<Of[K], null | undefined> extends Exclude<Shape[K], undefined> ? never : K }[keyof Shape & keyof Of];

/**
 * A compile-time proof that a GraphQL class declares every field of the domain shape it carries, each with a
 * type the shape accepts: `declaresAll<PromotionRules, PromotionRulesInput>(true)` stops compiling, naming the
 * field, when a field is added to `PromotionRules` and forgotten in the input. One shape, defined once in the
 * domain; the API's classes are held to it.
 */
export function declaresAll<Shape, Of>(_proof: [Undeclared<Shape, Of>] extends [never] ? true : { undeclared: Undeclared<Shape, Of> }): void {}

/** `input` without its null fields: what a GraphQL input's "not given" means to the domain. */
export function withoutNulls<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]: Exclude<T[K], null> };
}
