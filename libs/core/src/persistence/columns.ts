/** Column options of an optional measured value (MPa, %, t, CNY/t): a nullable double. */
export const OPTIONAL_NUMBER = { type: 'double precision', nullable: true } as const;
