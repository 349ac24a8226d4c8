/** An error as the API words it: its message (shown to the user as is), its stable code and the field at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface ErrorShape {
  message?: string;
  extensions?: { code?: string; field?: string };
}

/** The first error of a GraphQL-shaped answer (`{ errors: [...] }`), or one naming the HTTP status. */
export function apiErrorOf(answer: { errors?: unknown }, status: number): ApiError {
  const [first] = (Array.isArray(answer.errors) ? answer.errors : []) as ErrorShape[];
  return new ApiError(first?.message ?? `The server answered ${status}`, first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first?.extensions?.field);
}
