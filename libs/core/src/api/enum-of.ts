/** A GraphQL enum object from a list of values, each its own name: `enumOf(['TYPE_I', 'TYPE_II'])`. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [V in T]: V };
